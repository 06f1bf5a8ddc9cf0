/**
 * The platform's shared words: the communities (with their ZIP codes), the issue areas and the languages that
 * every service offers in forms and filters, validates, counts, exports and names, from one configuration.
 */
package org.plaza.starter.vocabulary;
