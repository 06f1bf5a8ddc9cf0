/** The structure every Plaza service keeps, checked by one call from each service's architecture test. */
package org.plaza.testsupport.architecture;
