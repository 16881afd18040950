/** Saving the clean article as HTML, Markdown or plain text. No JavaFX: the UI calls it off the FX thread. */
package org.sahifa.export;
