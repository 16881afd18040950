/** The reader's settings: the preferences the views follow and save, the typography panel, the themes. */
package org.sahifa.ui.settings;
