package io.averted.shared.security;

/** Roles carried by the OIDC token (PRODUCT.md section 2). Project membership narrows them per project. */
public enum GlobalRole {
    ADMIN, MANAGER, SPONSOR, CONTRIBUTOR, VIEWER;

    public String tokenName() {
        return name().toLowerCase();
    }
}
