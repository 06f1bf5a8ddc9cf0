/**
 * What a request Tomcat cannot even hand to the application gets (an invalid character in the request line, a
 * malformed header): Plaza's bilingual page or problem details instead of Tomcat's own English error page.
 */
package org.plaza.gateway.malformed;
