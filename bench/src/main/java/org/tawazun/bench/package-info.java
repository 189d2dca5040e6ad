/**
 * Benchmarks, outside the default test run: the reproducible corpus ({@link org.tawazun.bench.Corpus}), end-to-end
 * throughput ({@link org.tawazun.bench.Throughput}), actor data load ({@link org.tawazun.bench.ActorLoad}), JMH stage
 * benchmarks ({@link org.tawazun.bench.StageBenchmarks}) and interleaved comparisons with reference analyzers
 * ({@link org.tawazun.bench.Interleaved}). {@link org.tawazun.bench.Main} runs them all and writes the results that
 * docs/benchmarks.md reports.
 */
package org.tawazun.bench;
