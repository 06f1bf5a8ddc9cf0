/** The resident's "my data" pages under {@code /supporters/my-data} (no JavaScript, es/en) and their downloads. */
package org.plaza.supporters.mydata.web;
