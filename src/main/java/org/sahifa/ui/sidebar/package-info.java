/** The sidebar: people, places and organisations, the mention counter, and the quotations pane. */
package org.sahifa.ui.sidebar;
