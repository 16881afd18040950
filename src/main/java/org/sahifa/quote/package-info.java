/** Quotations in every mark style, quotation versus quoted name, and who said each one. */
package org.sahifa.quote;
