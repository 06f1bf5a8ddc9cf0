/** Post/redirect/get: a page that answers a form with {@code redirect:} answers {@code 303 See Other}. */
package org.plaza.starter.redirect;
