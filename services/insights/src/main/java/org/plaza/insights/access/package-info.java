/** Who is looking: operators and admins see every campaign, organizers the campaigns whose team they are on. */
package org.plaza.insights.access;
