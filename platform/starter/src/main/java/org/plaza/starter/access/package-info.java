/**
 * Who may manage, moderate or read a campaign's items: each service's copy of the campaign teams (one
 * projection of {@code plaza.campaigns}, one freshness policy) and the one check every service calls.
 */
package org.plaza.starter.access;
