package org.plaza.insights.stats;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which campaigns a question is about: all of them (operators) or a set (an organizer's campaigns,
 * or one campaign).
 *
 * @param campaignIds the campaigns, or {@code null} for all
 */
public record Scope(Set<String> campaignIds) {

    public static Scope all() {
        return new Scope(null);
    }

    public static Scope of(Set<String> campaignIds) {
        return new Scope(new TreeSet<>(campaignIds));
    }

    public static Scope campaign(String campaignId) {
        return of(Set.of(campaignId));
    }

    public boolean isAll() {
        return campaignIds == null;
    }

    public boolean includes(String campaignId) {
        return campaignIds == null || campaignIds.contains(campaignId);
    }

    /** Facts of the scope's campaigns (every fact when the scope is all). */
    Criteria criteria() {
        return criteria("campaignId");
    }

    /** Documents whose {@code field} names one of the scope's campaigns (all documents when the scope is all). */
    Criteria criteria(String field) {
        return campaignIds == null ? Criteria.where("_id").exists(true) : Criteria.where(field).in(campaignIds);
    }
}
