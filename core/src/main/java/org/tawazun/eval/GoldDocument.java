package org.tawazun.eval;

import java.time.LocalDate;
import java.util.List;

/** A gold document: its text (what the system is run on), language, publication date and gold events. */
public record GoldDocument(String file, String lang, String title, String text, LocalDate published, List<GoldEvent> events) {
}
