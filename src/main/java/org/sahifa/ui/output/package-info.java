/** Printing and saving the article shown: page plans, the print job, saving as text, Markdown or HTML. */
package org.sahifa.ui.output;
