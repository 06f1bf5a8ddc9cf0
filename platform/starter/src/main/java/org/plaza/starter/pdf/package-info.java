/** Fonts for the PDFs residents and public bodies receive: every name prints, whatever its accents. */
package org.plaza.starter.pdf;
