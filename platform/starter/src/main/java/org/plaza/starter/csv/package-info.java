/**
 * CSV files for spreadsheet programs: one writer with the byte-order mark, RFC 4180 quoting and the formula guard,
 * and one reader of typed sheets for imports (strict UTF-8, either delimiter, bilingual column names).
 */
package org.plaza.starter.csv;
