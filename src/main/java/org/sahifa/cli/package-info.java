/** The command-line interface: {@code analyze} and {@code tag-conll}. */
package org.sahifa.cli;
