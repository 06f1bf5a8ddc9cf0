/**
 * PDFs residents and public bodies receive: fonts in which every name prints whatever its accents, brand
 * colours, table pieces and the document's title, creator and language.
 */
package org.plaza.starter.pdf;
