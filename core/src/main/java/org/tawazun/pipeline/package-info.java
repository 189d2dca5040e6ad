/**
 * Stages and pipelines: a stage is one method over one {@link org.tawazun.pipeline.AnalyzedDocument}; it declares
 * the layers it needs and adds, and {@link org.tawazun.pipeline.Pipeline.Builder} rejects a wrong order.
 * {@link org.tawazun.pipeline.Pipelines#standard()} builds the default pipeline in one readable method.
 */
package org.tawazun.pipeline;
