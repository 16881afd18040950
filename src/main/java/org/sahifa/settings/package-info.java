/**
 * What Sahifa remembers between runs: {@link org.sahifa.settings.SettingsStore settings} and
 * {@link org.sahifa.settings.RecentSources recently opened sources}, each a small JSON file in the user's data
 * directory. Files are written atomically (a temporary file, then a move), so a crash leaves the old or the new
 * content, never half of one; a damaged file is set aside and reported, never a reason not to start.
 */
package org.sahifa.settings;
