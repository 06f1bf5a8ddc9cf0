/** Staff accounts: roles, passwords and their rules, lockout, and the first administrator. */
package org.plaza.identity.account;
