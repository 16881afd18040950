/** Plain immutable records describing an article and what was found in it. Depends on nothing. */
package org.sahifa.model;
