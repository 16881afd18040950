/** Raw documents to {@link org.sahifa.model.Article}s: HTML content extraction and metadata, plain text and Markdown structure. */
package org.sahifa.extract;
