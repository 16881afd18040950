/**
 * Turns a path or URL into raw bytes with what is known of their charset and kind. No decoding, no parsing.
 *
 * <p>Entry point: {@link org.sahifa.load.SourceLoader#load(String)}. Every refusal is a
 * {@link org.sahifa.load.LoadException} whose {@link org.sahifa.load.LoadProblem} (documented value by value) and
 * detail let the UI word it; its message is one English sentence. Loading is bounded in bytes and time
 * ({@link org.sahifa.load.Limits}) and stops when the thread is interrupted, which is how the UI cancels it.
 * Only http and https are fetched, and only the page itself: nothing a page or file links to is ever read.
 */
package org.sahifa.load;
