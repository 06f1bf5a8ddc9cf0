/**
 * The resident pages: the platform's home page (launched campaigns, filterable) and each campaign's page
 * with every way to act now. Server-rendered, no JavaScript, cacheable with ETags.
 */
package org.plaza.campaigns.resident;
