/**
 * Single instance: a second launch of Sahifa hands its arguments to the one already running and exits.
 *
 * <p>The running instance holds a lock file in the user's data directory and listens on a Unix-domain
 * socket next to it; a later launch that finds the lock taken connects to the socket and sends a
 * {@link org.sahifa.instance.LaunchRequest}. No JavaFX here: the window side is {@code org.sahifa.ui.startup.OpenRequests}.
 */
package org.sahifa.instance;
