// Generated from the OpenAPI document by `npm run gen:api`. Do not edit by hand.
export interface paths {
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse the audit log, newest first
         * @description Every create, update and delete, with who, when and the record before and after.
         *
         *     Access: admin; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    entityType?: string;
                    entityId?: string;
                    actorId?: string;
                    partnerId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AuditEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One audit entry
         * @description Access: admin; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEvent"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Sets an HttpOnly session cookie and returns the CSRF token to send as X-CSRF-Token on changes. Repeated failures lock the address (and the client IP) for 15 minutes: 429 with Retry-After.
         *
         *     Access: public.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["SessionUser"];
                            csrfToken: string;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (ends this session)
         * @description Access: any signed-in role; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Ends your other sessions; this session continues with a new cookie and CSRF token.
         *
         *     Access: any signed-in role; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your active sessions
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Session"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your sessions
         * @description Access: any signed-in role; scope=self.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API tokens (never the secret itself)
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for integrations
         * @description The token is shown once, in this response; only its hash is stored. It acts with your role and scope. `expiresAt` must lie in the future. Created with another API token, it records that token as its parent, is revoked with it and never expires later than it (without an expiry it takes the parent’s).
         *
         *     Access: any signed-in role; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** @description The token that authenticated the request creating this one; it ends with it */
                            parentTokenId: string | null;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            token: string;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of your API tokens
         * @description Access: any signed-in role; scope=self.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a user out everywhere: ends all of the user's sessions and API tokens
         * @description Answers how many sessions (`revoked`) and API tokens (`revokedTokens`) ended. To stop one integration only, revoke its token with DELETE /api/v1/users/{id}/api-tokens/{tokenId}.
         *
         *     Access: admin, partner_admin; scope=partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Sessions ended */
                            revoked: number;
                            /** @description API tokens revoked */
                            revokedTokens: number;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's working API tokens (never the secrets), for the user's admins
         * @description Access: admin, partner_admin; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["UserApiToken"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of a user's API tokens (and the tokens created with it)
         * @description Access: admin, partner_admin; scope=partner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange rates, newest first
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of ISO 4217 currency codes, comma-separated or repeated */
                    currency?: string | string[];
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["FxRate"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Set exchange rates (one per currency pair and date; a second one for the day replaces the first)
         * @description Access: admin, finance; scope=none.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rates: {
                            currency: string;
                            /** @description Default: the organisation’s reporting currency */
                            toCurrency?: string;
                            /** Format: date */
                            date: string;
                            rate: string | number;
                            source?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["FxRate"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An amount in the reporting currency on a date, at the latest rate on or before it (direct, inverse or cross)
         * @description 422 FX_RATE_MISSING naming `date` when there is no rate on or before it.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query: {
                    amount: number;
                    currency: string;
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: components["schemas"]["Money"];
                            from: components["schemas"]["Money"];
                            rate: string | null;
                            rateDate: string | null;
                            /** @description The currency a cross rate went through */
                            via: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partners: search, filter, sort and page
         * @description `q` matches name, legal name or an exact domain. Filters take one or more values (comma-separated or repeated) and match any of them; different filters must all match. Partner users see only their own company.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "lifecycleStageChangedAt" | "-lifecycleStageChangedAt" | "fit" | "-fit";
                    q?: string;
                    /** @description One or more of reseller, var, vad, distributor, msp, gsi, si, isv, oem, hyperscaler, technology, product, service, referral, affiliate, agent, consultant, marketing, white_label, franchise, comma-separated or repeated */
                    type?: string | string[];
                    /** @description One or more of channel, alliance, comma-separated or repeated */
                    motion?: string | string[];
                    /** @description One or more of standard, strategic, strategic_alliance, comma-separated or repeated */
                    designation?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    tierId?: string | string[];
                    /** @description One or more of prospect, qualified, onboarding, enabled, active, strategic, offboarding, terminated, comma-separated or repeated */
                    lifecycleStage?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    ownerId?: string | string[];
                    /** @description One or more of active, on_hold, inactive, comma-separated or repeated */
                    status?: string | string[];
                    country?: string | string[];
                    /** @description Vendor staff: only partners whose fit against the Ideal Partner Profile is at least this */
                    minFit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PartnerListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a partner
         * @description A partner manager who names no owner becomes the owner. A domain another partner claims answers 409 naming `domains.N`. A name much like an existing partner's is saved, with a warning in `warnings`.
         *
         *     Access: admin, partner_manager; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        legalName?: string;
                        website?: "" | string;
                        description?: string;
                        domains?: string[];
                        types?: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                        /** @enum {string} */
                        motion: "channel" | "alliance";
                        /** @enum {string} */
                        designation?: "standard" | "strategic" | "strategic_alliance";
                        country?: string | null;
                        regions?: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
                        industries?: string[];
                        companySize?: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
                        /** @enum {string} */
                        status?: "active" | "on_hold" | "inactive";
                        tags?: string[];
                        segment?: string;
                        tierId?: string | null;
                        ownerId?: string | null;
                        executiveSponsorId?: string | null;
                        /** @enum {string} */
                        lifecycleStage?: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPartner"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio counts by stage, motion, designation, tier and type
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            byStage: {
                                key: string;
                                count: number;
                            }[];
                            byMotion: {
                                key: string;
                                count: number;
                            }[];
                            byDesignation: {
                                key: string;
                                count: number;
                            }[];
                            byTier: {
                                key: string;
                                count: number;
                            }[];
                            byType: {
                                key: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a partner
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a partner and its contacts (refused while it has users)
         * @description Access: admin; scope=partner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a partner
         * @description A partner's own admin may change only its profile (legal name, website, description, country, regions, industries, size); other fields answer 403 naming them.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        legalName?: string;
                        website?: "" | string;
                        description?: string;
                        domains?: string[];
                        types?: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                        /** @enum {string} */
                        motion?: "channel" | "alliance";
                        /** @enum {string} */
                        designation?: "standard" | "strategic" | "strategic_alliance";
                        country?: string | null;
                        regions?: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
                        industries?: string[];
                        companySize?: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
                        /** @enum {string} */
                        status?: "active" | "on_hold" | "inactive";
                        tags?: string[];
                        segment?: string;
                        tierId?: string | null;
                        ownerId?: string | null;
                        executiveSponsorId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPartner"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/partners/{id}/stage-transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's lifecycle stage history, oldest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StageTransition"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Move a partner to another lifecycle stage
         * @description Forward along prospect → qualified → onboarding → enabled → active → strategic; back one stage, into off-boarding, out of off-boarding (terminated or retained as active) and re-recruiting a terminated partner need a reason. Other moves answer 422 INVALID_TRANSITION. Answers the transition it recorded, with the partner as it is now under `partner`.
         *
         *     Access: admin, partner_manager; scope=partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageTransitionCreated"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's contacts and stakeholders
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PartnerContact"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a contact
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        email?: "" | string;
                        phone?: string;
                        title?: string;
                        /** @enum {string} */
                        side?: "partner" | "vendor";
                        role?: string;
                        /** @enum {string} */
                        influence?: "high" | "medium" | "low";
                        isPrimary?: boolean;
                        isExecutiveSponsor?: boolean;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerContact"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a contact
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a contact
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        email?: "" | string;
                        phone?: string;
                        title?: string;
                        /** @enum {string} */
                        side?: "partner" | "vendor";
                        role?: string;
                        /** @enum {string} */
                        influence?: "high" | "medium" | "low";
                        isPrimary?: boolean;
                        isExecutiveSponsor?: boolean;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerContact"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/ideal-partner-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ideal Partner Profile: weighted criteria every partner’s fit is scored against
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IdealPartnerProfile"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the Ideal Partner Profile’s criteria
         * @description The list as a whole, in the order to show it. Every partner’s fit follows at once.
         *
         *     Access: admin, partner_manager; scope=none.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: components["schemas"]["FitCriterionInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IdealPartnerProfile"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How well a partner fits the Ideal Partner Profile, with a reason per criterion
         * @description The vendor’s internal view: partner users never see it.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The share of the profile’s weight the partner meets, 0–100 */
                            score: number;
                            reasons: components["schemas"]["FitReason"][];
                            /** @description False until the vendor saves a profile: every score is 0 */
                            profileDefined: boolean;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisation settings: vendor name, fiscal calendar, reporting currency, time zone
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change organisation settings
         * @description Access: admin; scope=none.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendorName?: string;
                        fiscalYearStartMonth?: number;
                        reportingCurrency?: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/settings/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vendor logo image (public: the sign-in page shows it)
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Upload the vendor logo (PNG, JPEG, WebP or GIF as a data URL, at most 512 KiB)
         * @description Access: admin; scope=none.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataUrl: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove the vendor logo
         * @description Access: admin; scope=none.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the sign-in page shows before anyone signs in: the vendor's name and whether it has a logo
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            uptimeSeconds: number;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner tiers, lowest rank first
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Tier"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a tier
         * @description Access: admin; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        rank: number;
                        description?: string;
                        /** @enum {string} */
                        color?: "gray" | "bronze" | "silver" | "gold" | "platinum" | "blue" | "teal" | "violet" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tier"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tier
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tier"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a tier (its partners become untiered)
         * @description Access: admin; scope=none.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a tier
         * @description Access: admin; scope=none.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        rank?: number;
                        description?: string;
                        /** @enum {string} */
                        color?: "gray" | "bronze" | "silver" | "gold" | "platinum" | "blue" | "teal" | "violet" | "red";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tier"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (vendor staff see everyone; partner users see their own company)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "name" | "-name" | "email" | "-email" | "createdAt" | "-createdAt";
                    q?: string;
                    /** @description One or more of admin, partner_manager, executive, finance, partner_admin, partner_user, comma-separated or repeated */
                    role?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user
         * @description Admins create vendor staff and partner users. A partner admin creates partner_admin or partner_user accounts for their own company only, with addresses at its e-mail domains (or their subdomains); naming another company or another domain is refused and nothing is created.
         *
         *     Access: admin, partner_admin; scope=partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
                        partnerId?: string | null;
                        password: string;
                        title?: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user: name, role, active, or set a new password
         * @description Deactivating a user or setting their password ends all their sessions; deactivation also stops their API tokens.
         *
         *     Access: admin, partner_admin; scope=partner.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string;
                        phone?: string;
                        /** @enum {string} */
                        role?: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
                        active?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, the CSRF token of this session and what the caller may do
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your own name, title or phone
         * @description Access: any signed-in role; scope=none.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FitCriterionInput: {
            label: string;
            /** @enum {string} */
            attribute: "types" | "regions" | "industries" | "companySize" | "country" | "motion" | "tags" | "segment";
            values: string[];
            weight: number;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            requestId?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            actorId: string | null;
            actorLabel: string;
            actorRole: string | null;
            requestId: string;
            action: string;
            entityType: string;
            entityId: string;
            partnerId: string | null;
            summary: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            changedFields: string[];
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            partnerId: string | null;
            partnerName: string | null;
            title: string;
            phone: string;
            active: boolean;
            lastLoginAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description What the caller may do to this user now */
            can: {
                edit: boolean;
                changeRole: boolean;
                deactivate: boolean;
                revokeSessions: boolean;
            };
        };
        Me: {
            user: components["schemas"]["User"];
            /** @description Send as X-CSRF-Token on state-changing requests (null for API tokens) */
            csrfToken: string | null;
            /** @enum {string} */
            authenticatedBy: "session" | "token";
            /** @description What the caller may do app-wide (createPartner, manageUsers, viewAudit, …) */
            can: {
                [key: string]: boolean;
            };
            /** @description The roles the caller may give to users */
            assignableRoles: ("admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user")[];
        };
        SessionUser: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            partnerId: string | null;
        };
        Session: {
            /** Format: uuid */
            id: string;
            ip: string;
            userAgent: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            expiresAt: string;
            current: boolean;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** @description The token that authenticated the request creating this one; it ends with it */
            parentTokenId: string | null;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        UserApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** @description The token that authenticated the request creating this one; it ends with it */
            parentTokenId: string | null;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            userId: string;
            partnerId: string | null;
        };
        Tier: {
            /** Format: uuid */
            id: string;
            name: string;
            rank: number;
            description: string;
            color: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FitReason: {
            criterion: string;
            /** @enum {string} */
            attribute: "types" | "regions" | "industries" | "companySize" | "country" | "motion" | "tags" | "segment";
            weight: number;
            met: boolean;
            points: number;
        };
        Fit: {
            /** @description The share of the profile’s weight the partner meets, 0–100 */
            score: number;
            reasons: components["schemas"]["FitReason"][];
        };
        FitCriterion: {
            label: string;
            /** @enum {string} */
            attribute: "types" | "regions" | "industries" | "companySize" | "country" | "motion" | "tags" | "segment";
            values: string[];
            weight: number;
        };
        IdealPartnerProfile: {
            criteria: components["schemas"]["FitCriterion"][];
            /** @description When it was last saved; null before the first save */
            updatedAt: string | null;
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
        };
        Partner: {
            /** Format: uuid */
            id: string;
            name: string;
            legalName: string;
            website: string;
            description: string;
            domains: string[];
            types: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
            /** @enum {string} */
            motion: "channel" | "alliance";
            /** @enum {string} */
            designation: "standard" | "strategic" | "strategic_alliance";
            country: string | null;
            regions: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
            industries: string[];
            companySize: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
            /** @enum {string} */
            status: "active" | "on_hold" | "inactive";
            tags: string[];
            segment: string;
            /** @enum {string} */
            lifecycleStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            /** Format: date-time */
            lifecycleStageChangedAt: string;
            /** @description The stages the caller may move this partner to now, and whether the move needs a reason */
            nextStages: {
                /**
                 * @description Send it as `toStage` to POST /partners/{id}/stage-transitions
                 * @enum {string}
                 */
                toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                /**
                 * @deprecated
                 * @description Deprecated: the same as `toStage`, kept for clients written before it
                 * @enum {string}
                 */
                stage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                needsReason: boolean;
            }[];
            /** @description What the caller may do to this partner now */
            can: {
                edit: boolean;
                editVendorFields: boolean;
                delete: boolean;
                changeStage: boolean;
                manageContacts: boolean;
            };
            tierId: string | null;
            tier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
            } | null;
            ownerId: string | null;
            owner: components["schemas"]["PersonRef"] | null;
            executiveSponsorId: string | null;
            executiveSponsor: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SavedPartner: {
            /** Format: uuid */
            id: string;
            name: string;
            legalName: string;
            website: string;
            description: string;
            domains: string[];
            types: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
            /** @enum {string} */
            motion: "channel" | "alliance";
            /** @enum {string} */
            designation: "standard" | "strategic" | "strategic_alliance";
            country: string | null;
            regions: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
            industries: string[];
            companySize: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
            /** @enum {string} */
            status: "active" | "on_hold" | "inactive";
            tags: string[];
            segment: string;
            /** @enum {string} */
            lifecycleStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            /** Format: date-time */
            lifecycleStageChangedAt: string;
            /** @description The stages the caller may move this partner to now, and whether the move needs a reason */
            nextStages: {
                /**
                 * @description Send it as `toStage` to POST /partners/{id}/stage-transitions
                 * @enum {string}
                 */
                toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                /**
                 * @deprecated
                 * @description Deprecated: the same as `toStage`, kept for clients written before it
                 * @enum {string}
                 */
                stage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                needsReason: boolean;
            }[];
            /** @description What the caller may do to this partner now */
            can: {
                edit: boolean;
                editVendorFields: boolean;
                delete: boolean;
                changeStage: boolean;
                manageContacts: boolean;
            };
            tierId: string | null;
            tier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
            } | null;
            ownerId: string | null;
            owner: components["schemas"]["PersonRef"] | null;
            executiveSponsorId: string | null;
            executiveSponsor: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Saved, but worth a second look: a name much like an existing partner's gives `{path: "name", message: "Similar to existing partner …"}` (to vendor staff only) */
            warnings: {
                path: string;
                message: string;
            }[];
        };
        PartnerListItem: {
            /** Format: uuid */
            id: string;
            name: string;
            legalName: string;
            website: string;
            description: string;
            domains: string[];
            types: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
            /** @enum {string} */
            motion: "channel" | "alliance";
            /** @enum {string} */
            designation: "standard" | "strategic" | "strategic_alliance";
            country: string | null;
            regions: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
            industries: string[];
            companySize: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
            /** @enum {string} */
            status: "active" | "on_hold" | "inactive";
            tags: string[];
            segment: string;
            /** @enum {string} */
            lifecycleStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            /** Format: date-time */
            lifecycleStageChangedAt: string;
            /** @description The stages the caller may move this partner to now, and whether the move needs a reason */
            nextStages: {
                /**
                 * @description Send it as `toStage` to POST /partners/{id}/stage-transitions
                 * @enum {string}
                 */
                toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                /**
                 * @deprecated
                 * @description Deprecated: the same as `toStage`, kept for clients written before it
                 * @enum {string}
                 */
                stage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                needsReason: boolean;
            }[];
            /** @description What the caller may do to this partner now */
            can: {
                edit: boolean;
                editVendorFields: boolean;
                delete: boolean;
                changeStage: boolean;
                manageContacts: boolean;
            };
            tierId: string | null;
            tier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
            } | null;
            ownerId: string | null;
            owner: components["schemas"]["PersonRef"] | null;
            executiveSponsorId: string | null;
            executiveSponsor: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Vendor staff only: the fit against the Ideal Partner Profile, with its reasons */
            fit?: components["schemas"]["Fit"];
        };
        PartnerContact: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            name: string;
            email: string;
            phone: string;
            title: string;
            /** @enum {string} */
            side: "partner" | "vendor";
            role: string;
            /** @enum {string} */
            influence: "high" | "medium" | "low";
            isPrimary: boolean;
            isExecutiveSponsor: boolean;
            notes: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StageTransition: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            fromStage: ("prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated") | null;
            /** @enum {string} */
            toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            reason: string;
            actorId: string | null;
            actor: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            occurredAt: string;
        };
        StageTransitionCreated: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            fromStage: ("prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated") | null;
            /** @enum {string} */
            toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            reason: string;
            actorId: string | null;
            actor: components["schemas"]["PersonRef"] | null;
            /** Format: date-time */
            occurredAt: string;
            /** @description The partner after the move: its new stage, the moves it allows now and what the caller may do */
            partner: components["schemas"]["Partner"];
        };
        OrganizationSettings: {
            vendorName: string;
            fiscalYearStartMonth: number;
            reportingCurrency: string;
            timeZone: string;
            hasLogo: boolean;
            /** @description The fiscal quarter today falls in, by the fiscal-year start month and time zone */
            currentFiscalPeriod: {
                fiscalYear: number;
                quarter: number;
                label: string;
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        PublicSettings: {
            vendorName: string;
            hasLogo: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        Money: {
            amount: number;
            currency: string;
        };
        FxRate: {
            /** Format: uuid */
            id: string;
            currency: string;
            toCurrency: string;
            /** @description YYYY-MM-DD */
            onDate: string;
            /** @description Units of toCurrency for one unit of currency, as an exact decimal */
            rate: string;
            source: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
