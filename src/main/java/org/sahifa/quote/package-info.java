/**
 * Quotations in every mark style, quotation versus quoted name, and who said each one.
 *
 * <p>Entry point: {@link org.sahifa.quote.QuoteFinder}. Steps: {@code SpanFinder} (marks paired by
 * {@code MarkScanner}), {@code QuotedNameFilter}, {@code SpeakerFinder} (with {@code PhraseReader}
 * reading the subject, helped by {@code NameReader}, {@code RoleReferences}, {@code RoleExtent} and
 * {@code SentenceSubjects}, and {@code EntityIndex} naming them as the recogniser does). Word lists live in
 * {@code CueWords} and {@code WordLists}. {@link org.sahifa.quote.QuoteExport} turns quotations into
 * text to copy or save.
 */
package org.sahifa.quote;
