/**
 * Start-up: the launch options, the article read before the window shows, the first frame, start-up probes,
 * screenshots and their checks (the title and the body compared with Java2D's drawing of the bundled faces).
 */
package org.sahifa.ui.startup;
