/** Start-up: the launch options, the article read before the window shows, the first frame, start-up probes, screenshots. */
package org.sahifa.ui.startup;
