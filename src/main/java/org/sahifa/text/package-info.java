/** Arabic-aware text utilities shared by extraction, analysis and search: direction, clean-up, normalisation. */
package org.sahifa.text;
