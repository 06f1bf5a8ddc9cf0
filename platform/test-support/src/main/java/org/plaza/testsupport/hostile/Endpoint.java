package org.plaza.testsupport.hostile;

import org.springframework.http.HttpMethod;

/** One mapped handler: its method and path pattern, and whether it takes JSON or a form. */
public record Endpoint(HttpMethod method, String pattern, boolean takesJson, boolean takesForm) {

    public boolean hasBody() {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    public boolean isApi() {
        return pattern.startsWith("/api/");
    }

    /** A page for staff: a GET under {@code /staff/}, which only a staff role may see. */
    public boolean isStaffPage() {
        return method == HttpMethod.GET && pattern.startsWith("/staff/");
    }

    /** A staff page or a form a staff page posts: a GET or POST under {@code /staff/}. */
    public boolean isStaffPageOrForm() {
        return (method == HttpMethod.GET || method == HttpMethod.POST) && pattern.startsWith("/staff/");
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
