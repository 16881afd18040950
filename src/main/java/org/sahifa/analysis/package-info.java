/** The analysis pipeline (load, extract, entities, quotations) and its JSON form. */
package org.sahifa.analysis;
