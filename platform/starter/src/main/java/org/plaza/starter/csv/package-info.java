/** CSV files for spreadsheet programs: one writer with the byte-order mark, RFC 4180 quoting and the formula guard. */
package org.plaza.starter.csv;
