/** Checks for what residents see of a service over HTTP: error pages inside the site's layout, and links between services. */
package org.plaza.testsupport.pages;
