/** The staff audit trail: every service's StaffActionAudited events, kept for administrators to read. */
package org.plaza.identity.audit;
