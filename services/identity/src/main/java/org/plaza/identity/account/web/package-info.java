/** Administrators' pages and JSON API for staff accounts: invite, roles, disable and enable, password reset; and the staff directory. */
package org.plaza.identity.account.web;
