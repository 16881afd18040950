/** Named entities (people, places, organisations): recognition and grouping of mentions into entities. */
package org.sahifa.nlp;
