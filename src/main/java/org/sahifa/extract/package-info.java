/**
 * Raw documents to {@link org.sahifa.model.Article}s.
 *
 * <p>Entry point: {@link org.sahifa.extract.ArticleExtractor#extract}, which picks by document kind:
 * <ul>
 *   <li>HTML: {@link org.sahifa.extract.CharsetSniffer} decodes the bytes, Jsoup parses them, and
 *       {@link org.sahifa.extract.HtmlExtractor} runs the content pipeline (page cleaning, scoring,
 *       candidate selection, sibling joining, clean-up, typed blocks) and reads the metadata
 *       ({@code MetadataReader}, {@code JsonLdArticle}). Pages that are not articles come back with
 *       {@code readerable == false}; {@link org.sahifa.extract.HtmlExtractor#extractAllText} gives
 *       all their visible text.</li>
 *   <li>Plain text: {@link org.sahifa.extract.PlainTextExtractor} (title line, sub-headings,
 *       captions, trailing boilerplate).</li>
 *   <li>Markdown: {@link org.sahifa.extract.MarkdownExtractor}.</li>
 * </ul>
 * Tuning values are named constants in the class that uses them.
 */
package org.sahifa.extract;
