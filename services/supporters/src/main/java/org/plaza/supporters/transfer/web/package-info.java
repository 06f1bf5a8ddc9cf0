/** The export download and the import pages and API. */
package org.plaza.supporters.transfer.web;
