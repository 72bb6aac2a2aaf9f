// Generated from the OpenAPI document by `npm run gen:api`. Do not edit by hand.
export interface paths {
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreements across the portfolio (a partner’s people: their own)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "createdAt" | "-createdAt" | "startOn" | "-startOn" | "title" | "-title";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of draft, sent, partner_signed, countersigned, active, expired, terminated, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of reseller, referral, oem, white_label, licensing, co_licensing, co_investment, joint_venture, franchise, alliance, nda, comma-separated or repeated */
                    type?: string | string[];
                    q?: string;
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
                            data: components["schemas"]["Agreement"][];
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
    "/api/v1/agreements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: agreements across the portfolio (a partner’s people: their own)
         * @description The rows of `GET /api/v1/agreements` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `title`, `type`, `status`, `startOn`, `endOn`, `renewalType`, `renewalTermMonths`, `noticeDays`, `noticeDeadline`, `noticeGivenOn`, `noticeGivenById`, `commercialTerms`, `exclusivity`, `exclusivityScope`, `segments`, `territories`, `solutionCategories`, `jointIpGovernance`, `terminationProvisions`, `sentAt`, `partnerSignedAt`, `partnerSignedById`, `partnerSignedBy`, `countersignedAt`, `countersignedById`, `countersignedBy`, `terminatedAt`, `terminationReason`, `renewalCount`, `lastRenewedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "createdAt" | "-createdAt" | "startOn" | "-startOn" | "title" | "-title";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of draft, sent, partner_signed, countersigned, active, expired, terminated, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of reseller, referral, oem, white_label, licensing, co_licensing, co_investment, joint_venture, franchise, alliance, nda, comma-separated or repeated */
                    type?: string | string[];
                    q?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreements in force whose notice deadline or end falls within `withinDays` (default 90), the nearest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
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
                            data: components["schemas"]["Agreement"][];
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
    "/api/v1/agreements/renewals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: agreements in force whose notice deadline or end falls within `withinDays` (default 90), the nearest first
         * @description The rows of `GET /api/v1/agreements/renewals` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `title`, `type`, `status`, `startOn`, `endOn`, `renewalType`, `renewalTermMonths`, `noticeDays`, `noticeDeadline`, `noticeGivenOn`, `noticeGivenById`, `commercialTerms`, `exclusivity`, `exclusivityScope`, `segments`, `territories`, `solutionCategories`, `jointIpGovernance`, `terminationProvisions`, `sentAt`, `partnerSignedAt`, `partnerSignedById`, `partnerSignedBy`, `countersignedAt`, `countersignedById`, `countersignedBy`, `terminatedAt`, `terminationReason`, `renewalCount`, `lastRenewedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft an agreement with a partner
         * @description Auto renewal needs an end day (422 naming `endOn`); de jure exclusivity needs its scope (`exclusivityScope`). It starts as a draft: send it, the partner’s admin signs, the vendor countersigns.
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
                        title: string;
                        /** @enum {string} */
                        type: "reseller" | "referral" | "oem" | "white_label" | "licensing" | "co_licensing" | "co_investment" | "joint_venture" | "franchise" | "alliance" | "nda";
                        /** Format: date */
                        startOn: string;
                        endOn?: string | null;
                        /** @enum {string} */
                        renewalType?: "auto" | "manual";
                        renewalTermMonths?: number;
                        noticeDays?: number;
                        commercialTerms?: string;
                        /** @enum {string} */
                        exclusivity?: "none" | "de_jure";
                        exclusivityScope?: string;
                        segments?: string[];
                        territories?: string[];
                        solutionCategories?: string[];
                        jointIpGovernance?: string;
                        terminationProvisions?: string;
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agreement
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
                        "application/json": components["schemas"]["Agreement"];
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
         * Delete a draft agreement
         * @description Access: admin, partner_manager; scope=partner.
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
         * Change an agreement’s terms (draft or sent only)
         * @description Access: admin, partner_manager; scope=partner.
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
                        title?: string;
                        /** @enum {string} */
                        type?: "reseller" | "referral" | "oem" | "white_label" | "licensing" | "co_licensing" | "co_investment" | "joint_venture" | "franchise" | "alliance" | "nda";
                        /** Format: date */
                        startOn?: string;
                        endOn?: string | null;
                        /** @enum {string} */
                        renewalType?: "auto" | "manual";
                        renewalTermMonths?: number;
                        noticeDays?: number;
                        commercialTerms?: string;
                        /** @enum {string} */
                        exclusivity?: "none" | "de_jure";
                        exclusivityScope?: string;
                        segments?: string[];
                        territories?: string[];
                        solutionCategories?: string[];
                        jointIpGovernance?: string;
                        terminationProvisions?: string;
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft agreement to the partner for signature
         * @description Access: admin, partner_manager; scope=partner.
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an agreement sent to your company (the partner’s admin)
         * @description Access: partner_admin; scope=partner.
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/countersign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Countersign an agreement the partner signed: in force from its start day
         * @description Access: admin, partner_manager; scope=partner.
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate an agreement early, with the reason
         * @description Access: admin, partner_manager; scope=partner.
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
                        reason: string;
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give notice of non-renewal (either side, by the notice deadline)
         * @description The agreement stays in force to the end of its term, then expires instead of renewing.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
                        reason?: string;
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
                        "application/json": components["schemas"]["Agreement"];
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
    "/api/v1/agreements/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agreement's documents, newest first
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
                        "application/json": components["schemas"]["FileList"];
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
         * Attach a document to an agreement (PDF, Office, OpenDocument, image or text; ≤ 25 MiB)
         * @description Send `multipart/form-data` with the file in a part named `file` (at most 25 MiB).
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
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
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: browse the audit log, newest first
         * @description The rows of `GET /api/v1/audit-events` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `occurredAt`, `actorId`, `actorLabel`, `actorRole`, `requestId`, `action`, `entityType`, `entityId`, `partnerId`, `summary`, `changedFields`.
         *
         *     Access: admin; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    entityId?: string;
                    actorId?: string;
                    partnerId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                    format?: "csv" | "xlsx";
                };
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
    "/api/v1/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail me a sign-in link (partner users)
         * @description Always 202 with the same answer, known address or not; a partner user’s address gets a single-use link valid for 15 minutes (vendor staff sign in with their password). Requests are throttled per address and per client IP: 429 RATE_LIMITED with Retry-After.
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
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkRequested"];
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
    "/api/v1/auth/magic-link/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the link from the e-mail
         * @description The token from the link (the web page posts it; opening the link does not use it up). Answers like POST /auth/login. A link works once, within 15 minutes, and not after its user was deactivated or their password changed; otherwise 404 naming `token` (the same for a used, expired or unknown link).
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
                        token: string;
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
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot my password: e-mail me a link to set a new one
         * @description Always 202 with the same answer, known address or not; an active user’s address gets a single-use link valid for 30 minutes. Throttled like sign-in links (429 RATE_LIMITED with Retry-After).
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
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkRequested"];
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
    "/api/v1/auth/password-reset/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the link from the e-mail
         * @description Ends every session and API token of the user, as an admin’s reset does; then sign in with the new password. A used, expired or unknown link is a 404 naming `token`; a weak password a 422 naming `newPassword` (the link stays good).
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
                        token: string;
                        newPassword: string;
                    };
                };
            };
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
    "/api/v1/me/sessions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: your active sessions
         * @description The rows of `GET /api/v1/me/sessions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `ip`, `userAgent`, `createdAt`, `lastSeenAt`, `expiresAt`, `current`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
    "/api/v1/api-tokens/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: your API tokens (never the secret itself)
         * @description The rows of `GET /api/v1/api-tokens` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `prefix`, `parentTokenId`, `lastUsedAt`, `expiresAt`, `revokedAt`, `createdAt`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
    "/api/v1/users/{id}/api-tokens/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: a user's working API tokens (never the secrets), for the user's admins
         * @description The rows of `GET /api/v1/users/:id/api-tokens` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `prefix`, `parentTokenId`, `lastUsedAt`, `expiresAt`, `revokedAt`, `createdAt`, `userId`, `partnerId`.
         *
         *     Access: admin, partner_admin; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
    "/api/v1/compliance-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compliance settings per type: required or not, what a lapsed item blocks, reminder days
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
                            data: components["schemas"]["ComplianceRequirement"][];
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
         * Set the consequences of lapsed compliance items, per type (types left out keep theirs)
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
                        requirements: components["schemas"]["ComplianceRequirementInput"][];
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
                            data: components["schemas"]["ComplianceRequirement"][];
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
    "/api/v1/compliance-requirements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: compliance settings per type: required or not, what a lapsed item blocks, reminder days
         * @description The rows of `GET /api/v1/compliance-requirements` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `type`, `required`, `blocks`, `reminderDays`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compliance items, newest first (a partner’s people: their own)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of dpa_gdpr, soc2, iso27001, insurance, export_control, custom, comma-separated or repeated */
                    type?: string | string[];
                    /** @description One or more of pending, verified, rejected, expired, comma-separated or repeated */
                    status?: string | string[];
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
                            data: components["schemas"]["ComplianceItem"][];
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
    "/api/v1/compliance-items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: compliance items, newest first (a partner’s people: their own)
         * @description The rows of `GET /api/v1/compliance-items` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `type`, `name`, `reference`, `status`, `state`, `issuedOn`, `expiresOn`, `daysToExpiry`, `blocks`, `notes`, `reviewedAt`, `reviewedById`, `reviewedBy`, `rejectionReason`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of dpa_gdpr, soc2, iso27001, insurance, export_control, custom, comma-separated or repeated */
                    type?: string | string[];
                    /** @description One or more of pending, verified, rejected, expired, comma-separated or repeated */
                    status?: string | string[];
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-items/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items expiring within `withinDays` (default 60) and those expired and not yet replaced, the earliest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
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
                            data: components["schemas"]["ComplianceItem"][];
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
    "/api/v1/compliance-items/expiring/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: items expiring within `withinDays` (default 60) and those expired and not yet replaced, the earliest first
         * @description The rows of `GET /api/v1/compliance-items/expiring` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `type`, `name`, `reference`, `status`, `state`, `issuedOn`, `expiresOn`, `daysToExpiry`, `blocks`, `notes`, `reviewedAt`, `reviewedById`, `reviewedBy`, `rejectionReason`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/compliance-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a compliance item to a partner
         * @description The partner’s admin adds one for review (pending); the vendor may record one as `verified` at once. A custom item needs a `name`; `expiresOn` must not be before `issuedOn`.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
                        type: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
                        name?: string;
                        reference?: string;
                        issuedOn?: string | null;
                        expiresOn?: string | null;
                        notes?: string;
                        /** @description Vendor only: checked already */
                        verified?: boolean;
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
                        "application/json": components["schemas"]["ComplianceItem"];
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
    "/api/v1/partners/{id}/compliance-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a partner's compliance blocks now, per action, with the reasons
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
                        "application/json": components["schemas"]["ComplianceStatus"];
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
    "/api/v1/compliance-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a compliance item
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
                        "application/json": components["schemas"]["ComplianceItem"];
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
         * Delete a compliance item
         * @description Access: admin, partner_manager; scope=partner.
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
         * Change a compliance item (the partner’s admin: until it is verified; a rejected one goes back for review)
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
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
                        /** @enum {string} */
                        type?: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
                        name?: string;
                        reference?: string;
                        issuedOn?: string | null;
                        expiresOn?: string | null;
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
                        "application/json": components["schemas"]["ComplianceItem"];
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
    "/api/v1/compliance-items/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a pending compliance item: in force until it expires
         * @description Access: admin, partner_manager; scope=partner.
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
                        "application/json": components["schemas"]["ComplianceItem"];
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
    "/api/v1/compliance-items/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending compliance item, with the reason
         * @description Access: admin, partner_manager; scope=partner.
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
                        reason: string;
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
                        "application/json": components["schemas"]["ComplianceItem"];
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
    "/api/v1/compliance-items/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A compliance item's evidence, newest first
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
                        "application/json": components["schemas"]["FileList"];
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
         * Upload evidence for a compliance item (PDF, Office, OpenDocument, image or text; ≤ 20 MiB)
         * @description Send `multipart/form-data` with the file in a part named `file` (at most 20 MiB).
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
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
    "/api/v1/partners/{id}/coopetition-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a partner also competes with us: segments, products, solution categories
         * @description The vendor’s view: a partner’s people do not see it.
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
                            data: components["schemas"]["CoopetitionArea"][];
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
         * Record an area where a partner competes
         * @description Access: admin, partner_manager; scope=none.
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
                        kind: "segment" | "product" | "solution_category";
                        name: string;
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
                        "application/json": components["schemas"]["CoopetitionArea"];
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
    "/api/v1/partners/{id}/coopetition-areas/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: where a partner also competes with us: segments, products, solution categories
         * @description The rows of `GET /api/v1/partners/:id/coopetition-areas` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `kind`, `name`, `notes`, `createdById`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/coopetition-areas/{areaId}": {
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
         * Remove a coopetition area
         * @description Access: admin, partner_manager; scope=none.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    areaId: string;
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
         * Change a coopetition area
         * @description Access: admin, partner_manager; scope=none.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    areaId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "segment" | "product" | "solution_category";
                        name?: string;
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
                        "application/json": components["schemas"]["CoopetitionArea"];
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
    "/api/v1/deal-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deal registrations (a partner’s people: their own company’s)
         * @description Filters: `status`, `partnerId`, `overdue=true` (submitted past the approval SLA), `expiringSoon=true` (approved, protection ending within 14 days), `conflict=true|false`, `q` (number, title, customer).
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "createdAt" | "-createdAt" | "expectedCloseDate" | "-expectedCloseDate" | "amount" | "-amount";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submitted, approved, rejected, won, lost, expired, comma-separated or repeated */
                    status?: string | string[];
                    overdue?: "true" | "false";
                    expiringSoon?: "true" | "false";
                    conflict?: "true" | "false";
                    q?: string;
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
                            data: components["schemas"]["DealRegistration"][];
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
         * Register a deal
         * @description A partner’s people register for their own company (a `partnerId` naming another company is refused and nothing is created); vendor staff register on a partner’s behalf and must name it. The customer is matched on its normalised domain and company name against other partners’ active registrations: a match is flagged in `conflict` with its reasons (a partner is never told whose registration it is). A lapsed compliance item may block registering (422 COMPLIANCE_BLOCKED naming `partnerId`).
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        /**
                         * Format: uuid
                         * @description Vendor staff: the partner registering. A partner’s people: their own company or nothing
                         */
                        partnerId?: string;
                        customer: {
                            name: string;
                            domain?: string | null;
                        };
                        title: string;
                        amount: number;
                        currency: string;
                        /** Format: date */
                        expectedCloseDate: string;
                        products?: string[];
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: deal registrations (a partner’s people: their own company’s)
         * @description The rows of `GET /api/v1/deal-registrations` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `number`, `partnerId`, `partnerName`, `title`, `customer`, `amount`, `currency`, `expectedCloseDate`, `products`, `notes`, `status`, `submittedAt`, `submittedBy`, `approvalDueAt`, `approvalOverdue`, `decidedAt`, `decidedBy`, `rejectionReason`, `protectionDays`, `expiresOn`, `expiringSoon`, `daysLeft`, `extensionRequestedOn`, `extensionRequestedUntil`, `extensionReason`, `extensionCount`, `closedAt`, `closeReason`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "createdAt" | "-createdAt" | "expectedCloseDate" | "-expectedCloseDate" | "amount" | "-amount";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submitted, approved, rejected, won, lost, expired, comma-separated or repeated */
                    status?: string | string[];
                    overdue?: "true" | "false";
                    expiringSoon?: "true" | "false";
                    conflict?: "true" | "false";
                    q?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-registrations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts: submitted, overdue approvals, approved, expiring soon, conflicts, won, lost
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    partnerId?: string;
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
                        "application/json": components["schemas"]["DealRegistrationSummary"];
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
    "/api/v1/deal-registrations/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The approval SLA, expiry reminder thresholds and default protection
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
                        "application/json": components["schemas"]["DealRegistrationSettings"];
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
         * Change the approval SLA, expiry reminder thresholds or default protection
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
                        approvalSlaHours?: number;
                        reminderDays?: number[];
                        defaultProtectionDays?: number;
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
                        "application/json": components["schemas"]["DealRegistrationSettings"];
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
    "/api/v1/deal-registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deal registration
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted registration: protected from today for the partner’s tier’s days (default 90)
         * @description Access: admin, partner_manager; scope=partner.
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a submitted registration, with the reason the partner reads
         * @description Access: admin, partner_manager; scope=partner.
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
                        reason: string;
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/won": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an approved registration as won
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        note?: string;
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an approved registration as lost, with the reason
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        reason: string;
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/extension-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a later expiry (the partner’s people); the approver grants it with `extend`
         * @description Access: partner_admin, partner_user; scope=partner.
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
                        /** Format: date */
                        until: string;
                        reason?: string;
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/deal-registrations/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an approved registration’s protection to a new last day (answers a request, or on the approver’s own)
         * @description Access: admin, partner_manager; scope=partner.
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
                        /** Format: date */
                        expiresOn: string;
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
                        "application/json": components["schemas"]["DealRegistration"];
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
    "/api/v1/directory/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public partner directory: partners who opted in, by region, industry, type, tier and certification
         * @description No sign-in. Only listings the partner published and the vendor did not hide, of partners at the enabled, active or strategic stage with status active; only the fields the partner published, its tier and its certified integrations.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of north_america, latin_america, europe, middle_east_africa, asia_pacific, comma-separated or repeated */
                    region?: string | string[];
                    /** @description One or more of industries, comma-separated or repeated */
                    industry?: string | string[];
                    /** @description One or more of reseller, var, vad, distributor, msp, gsi, si, isv, oem, hyperscaler, technology, product, service, referral, affiliate, agent, consultant, marketing, white_label, franchise, comma-separated or repeated */
                    type?: string | string[];
                    /** @description Tier ids, as GET /directory/filters lists them */
                    tier?: string | string[];
                    /** @description Partners holding a certification (none do until the enablement module exists) */
                    certification?: string | string[];
                    /** @description Name or description contains */
                    q?: string;
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
                            data: components["schemas"]["PublicPartnerListing"][];
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
    "/api/v1/directory/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The choices the public directory’s filters offer: what shown listings have
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
                        "application/json": components["schemas"]["DirectoryFilters"];
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
    "/api/v1/directory/partners/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A directory listing’s logo (public)
         * @description Access: public.
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
    "/api/v1/partners/{id}/directory-listing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s public directory listing, whether it is shown and why not
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
                        "application/json": components["schemas"]["DirectoryListing"];
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
         * Edit a partner’s directory listing; its own admin opts in or out with `published`
         * @description Vendor staff may edit the text but not opt a partner in or out (403 naming `published`).
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
         */
        put: {
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
                        published?: boolean;
                        description?: string;
                        website?: "" | string;
                        contactEmail?: "" | string;
                        regions?: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
                        industries?: string[];
                        types?: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
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
                        "application/json": components["schemas"]["DirectoryListing"];
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
    "/api/v1/partners/{id}/directory-listing/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a partner’s listing from the public directory (with a reason the partner sees), or show it again
         * @description Access: admin, partner_manager; scope=none.
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
                        hidden: boolean;
                        reason?: string;
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
                        "application/json": components["schemas"]["DirectoryListing"];
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
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file's details (name, type, size, checksum), if the caller may read the record it belongs to
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
                        "application/json": components["schemas"]["File"];
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
         * Delete a file (its bytes go once the deletion commits)
         * @description Whether the caller may is the file kind's decision: a partner's admin removes their logo, not a vendor document.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file's bytes: raster images inline, everything else as an attachment
         * @description Served with the type detected at upload, `X-Content-Type-Options: nosniff`, a sandboxing `Content-Security-Policy` and `Cache-Control: private, no-cache` with an `ETag` (its SHA-256): a repeat with `If-None-Match` answers 304. Another partner’s file answers 404, like a missing one.
         *
         *     Access: any signed-in role; scope=partner.
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
    "/api/v1/fx-rates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: exchange rates, newest first
         * @description The rows of `GET /api/v1/fx-rates` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `currency`, `toCurrency`, `onDate`, `rate`, `source`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of ISO 4217 currency codes, comma-separated or repeated */
                    currency?: string | string[];
                    from?: string;
                    to?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
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
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import you started: status and progress
         * @description Access: any signed-in role; scope=self.
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
                        "application/json": components["schemas"]["ImportRun"];
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
    "/api/v1/imports/fx-rates/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The columns an import of exchange rates takes, with the headers it recognises
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
                        "application/json": components["schemas"]["Importer"];
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
    "/api/v1/imports/partners/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The columns an import of partners takes, with the headers it recognises
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
                        "application/json": components["schemas"]["Importer"];
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
    "/api/v1/imports/contacts/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The columns an import of contacts takes, with the headers it recognises
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
                        "application/json": components["schemas"]["Importer"];
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
    "/api/v1/imports/users/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The columns an import of users takes, with the headers it recognises
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
                        "application/json": components["schemas"]["Importer"];
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
    "/api/v1/integration-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Integration listings of technology and ISV partners, with compatibility and certification
         * @description A partner’s people see their own company’s listings.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "name" | "-name" | "updatedAt" | "-updatedAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of none, in_review, certified, expired, comma-separated or repeated */
                    certification?: string | string[];
                    /** @description Lists this product in its compatibility (case aside) */
                    product?: string;
                    /** @description Name or category contains */
                    q?: string;
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
                            data: components["schemas"]["IntegrationListing"][];
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
    "/api/v1/integration-listings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: integration listings of technology and ISV partners, with compatibility and certification
         * @description The rows of `GET /api/v1/integration-listings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partner`, `name`, `category`, `description`, `listingUrl`, `certification`, `certifiedAt`, `expiresAt`, `certificationNote`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "name" | "-name" | "updatedAt" | "-updatedAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of none, in_review, certified, expired, comma-separated or repeated */
                    certification?: string | string[];
                    /** @description Lists this product in its compatibility (case aside) */
                    product?: string;
                    /** @description Name or category contains */
                    q?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/integration-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose an integration listing for a partner
         * @description It starts uncertified (`none`); only vendor staff move its certification.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
                        category?: string;
                        description?: string;
                        listingUrl?: "" | string;
                        compatibility?: {
                            product: string;
                            /** @default  */
                            versions?: string;
                            /** @enum {string} */
                            status: "supported" | "partial" | "planned" | "unsupported";
                        }[];
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
                        "application/json": components["schemas"]["IntegrationListing"];
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
    "/api/v1/integration-listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One integration listing
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
                        "application/json": components["schemas"]["IntegrationListing"];
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
         * Withdraw an integration listing
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
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
         * Change an integration listing (not its certification)
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
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
                        category?: string;
                        description?: string;
                        listingUrl?: "" | string;
                        compatibility?: {
                            product: string;
                            /** @default  */
                            versions?: string;
                            /** @enum {string} */
                            status: "supported" | "partial" | "planned" | "unsupported";
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
                        "application/json": components["schemas"]["IntegrationListing"];
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
    "/api/v1/integration-listings/{id}/certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an integration’s certification: in review, certified (until an expiry date), expired, or none
         * @description none → in_review → certified | none; certified → in_review | expired; expired → in_review | certified. Certifying needs an expiry after today (default: a year). 422 INVALID_TRANSITION naming `status` or `expiresAt` otherwise.
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
                        status: "none" | "in_review" | "certified" | "expired";
                        expiresAt?: string | null;
                        note?: string;
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
                        "application/json": components["schemas"]["IntegrationListing"];
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
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs, newest first
         * @description Filter by `name` and `status` (each one or more, comma-separated); `status=failed` lists the failures.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of job names, comma-separated or repeated */
                    name?: string | string[];
                    /** @description One or more of queued, running, succeeded, failed, comma-separated or repeated */
                    status?: string | string[];
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
                            data: components["schemas"]["Job"][];
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
    "/api/v1/jobs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: background jobs, newest first
         * @description The rows of `GET /api/v1/jobs` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `status`, `runAt`, `attempts`, `maxAttempts`, `queuedBy`, `scheduledFor`, `lastError`, `createdAt`, `startedAt`, `finishedAt`, `durationMs`.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of job names, comma-separated or repeated */
                    name?: string | string[];
                    /** @description One or more of queued, running, succeeded, failed, comma-separated or repeated */
                    status?: string | string[];
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled jobs: cron, time zone, next run, last run, recent failures
         * @description Access: admin; scope=none.
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
                            data: components["schemas"]["JobSchedule"][];
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
    "/api/v1/jobs/schedules/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: scheduled jobs: cron, time zone, next run, last run, recent failures
         * @description The rows of `GET /api/v1/jobs/schedules` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `name`, `cron`, `timeZone`, `nextRunAt`, `lastRun`, `failuresLastWeek`.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/schedules/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a scheduled job now (beside its schedule)
         * @description Access: admin; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
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
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One job with each of its attempts
         * @description Access: admin; scope=none.
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
                        "application/json": components["schemas"]["JobDetail"];
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
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a failed job another round of attempts
         * @description 409 when the job has not failed.
         *
         *     Access: admin; scope=none.
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
                        "application/json": components["schemas"]["Job"];
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
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first, with how many are unread
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    unread?: "true" | "false";
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
                            data: components["schemas"]["Notification"][];
                            nextCursor: string | null;
                            /** @description Unread notifications in all */
                            unread: number;
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
    "/api/v1/me/notifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: your notifications, newest first, with how many are unread
         * @description The rows of `GET /api/v1/me/notifications` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `kind`, `title`, `body`, `link`, `createdAt`, `readAt`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of your notifications are unread (for the bell)
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
                            unread: number;
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
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of your notifications read
         * @description Access: any signed-in role; scope=self.
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
                        "application/json": components["schemas"]["Notification"];
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
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
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
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How you hear of each kind of notification
         * @description `channel`: in_app (the inbox only), email (the inbox and an e-mail), digest (the inbox and a daily e-mail), off.
         *
         *     Access: any signed-in role; scope=none.
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
                            data: components["schemas"]["NotificationPreference"][];
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
         * Choose how you hear of some kinds of notification
         * @description Kinds not named keep their setting. Answers every kind, as GET does.
         *
         *     Access: any signed-in role; scope=none.
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
                        preferences: {
                            kind: string;
                            /** @enum {string} */
                            channel: "in_app" | "email" | "digest" | "off";
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
                            data: components["schemas"]["NotificationPreference"][];
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
    "/api/v1/me/notification-preferences/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: how you hear of each kind of notification
         * @description The rows of `GET /api/v1/me/notification-preferences` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `kind`, `label`, `description`, `channel`, `defaultChannel`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an unsubscribe link from an e-mail turns off (changes nothing)
         * @description Access: public.
         */
        get: {
            parameters: {
                query: {
                    token: string;
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
                        "application/json": components["schemas"]["Unsubscribe"];
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
         * Follow an unsubscribe link: e-mail of that kind becomes in-app only
         * @description The token comes from the link in an e-mail; no sign-in is needed. Also the List-Unsubscribe URL: mail clients POST `List-Unsubscribe=One-Click` as a form (RFC 8058); the body is ignored.
         *
         *     Access: public.
         */
        post: {
            parameters: {
                query: {
                    token: string;
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
                        "application/json": components["schemas"]["Unsubscribe"];
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
    "/api/v1/onboarding-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboarding plan templates, by name
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
                            data: components["schemas"]["OnboardingTemplate"][];
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
         * Create an onboarding plan template
         * @description Steps in order; each names its owner side and a role of that side (422 naming `steps.N.ownerRole` otherwise), a due offset in days from the start, and what it needs (a document, an acknowledgement). At least one step is required.
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
                        description?: string;
                        partnerTypes?: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                        active?: boolean;
                        steps: components["schemas"]["OnboardingStepInput"][];
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
                        "application/json": components["schemas"]["OnboardingTemplate"];
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
    "/api/v1/onboarding-templates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: onboarding plan templates, by name
         * @description The rows of `GET /api/v1/onboarding-templates` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `description`, `partnerTypes`, `active`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an onboarding plan template
         * @description Access: admin, partner_manager, executive, finance; scope=none.
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
                        "application/json": components["schemas"]["OnboardingTemplate"];
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
         * Delete an onboarding plan template (onboardings started from it keep their tasks)
         * @description Access: admin, partner_manager; scope=none.
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
         * Change an onboarding plan template (onboardings already started keep their tasks)
         * @description Access: admin, partner_manager; scope=none.
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
                        description?: string;
                        partnerTypes?: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                        active?: boolean;
                        steps?: components["schemas"]["OnboardingStepInput"][];
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
                        "application/json": components["schemas"]["OnboardingTemplate"];
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
    "/api/v1/onboardings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboardings across the portfolio, the latest started first (a partner’s people: their own)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of in_progress, completed, cancelled, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
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
                            data: components["schemas"]["Onboarding"][];
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
    "/api/v1/onboardings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: onboardings across the portfolio, the latest started first (a partner’s people: their own)
         * @description The rows of `GET /api/v1/onboardings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `templateId`, `name`, `status`, `startOn`, `startedAt`, `startedById`, `completedAt`, `cancelledAt`, `daysToOnboard`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of in_progress, completed, cancelled, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboardings/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboardings in progress, their overdue tasks, and time to onboard (average and median days)
         * @description `since` limits time to onboard to onboardings completed on or after that day.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    since?: string;
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
                        "application/json": components["schemas"]["OnboardingStats"];
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
    "/api/v1/onboardings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An onboarding with its tasks and progress
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
                        "application/json": components["schemas"]["Onboarding"];
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
    "/api/v1/onboardings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an onboarding in progress
         * @description Access: admin, partner_manager; scope=partner.
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
                        reason: string;
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
                        "application/json": components["schemas"]["Onboarding"];
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
    "/api/v1/partners/{id}/onboardings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner's onboardings, the current one first
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
                            data: components["schemas"]["Onboarding"][];
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
         * Start onboarding a partner from a template
         * @description Creates one task per template step, due its offset after `startOn` (default: today). Without `templateId`, the active template made for one of the partner’s types, else the first active one. A prospect or qualified partner moves to the onboarding stage. One onboarding in progress per partner (409 naming `templateId`).
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
                        /** Format: uuid */
                        templateId?: string;
                        /** Format: date */
                        startOn?: string;
                        /** @description Vendor-side tasks go to this person (default: the partner’s manager) */
                        assigneeId?: string | null;
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
                        "application/json": components["schemas"]["Onboarding"];
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
    "/api/v1/partners/{id}/onboardings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: a partner's onboardings, the current one first
         * @description The rows of `GET /api/v1/partners/:id/onboardings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `templateId`, `name`, `status`, `startOn`, `startedAt`, `startedById`, `completedAt`, `cancelledAt`, `daysToOnboard`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboarding tasks by due date (a partner’s people: their own); `overdue=true` for the overdue ones
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    overdue?: "true" | "false";
                    /** @description One or more of open, done, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    assigneeId?: string | string[];
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
                            data: components["schemas"]["OnboardingTask"][];
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
    "/api/v1/onboarding-tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: onboarding tasks by due date (a partner’s people: their own); `overdue=true` for the overdue ones
         * @description The rows of `GET /api/v1/onboarding-tasks` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `onboardingId`, `partnerId`, `partnerName`, `position`, `title`, `description`, `ownerSide`, `ownerRole`, `required`, `requirement`, `dueOn`, `overdue`, `status`, `assigneeId`, `assignee`, `completedAt`, `completedById`, `completedBy`, `acknowledgedAt`, `note`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    /** @description One or more of open, done, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    assigneeId?: string | string[];
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an onboarding task
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
                        "application/json": components["schemas"]["OnboardingTask"];
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
         * Assign an onboarding task or move its due date
         * @description Access: admin, partner_manager; scope=partner.
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
                        assigneeId?: string | null;
                        /** Format: date */
                        dueOn?: string;
                        note?: string;
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
                        "application/json": components["schemas"]["OnboardingTask"];
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
    "/api/v1/onboarding-tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an onboarding task (its own side only)
         * @description Partner-side tasks: the partner's admin, or a partner user for tasks meant for partner users. Vendor-side: an admin, the partner's manager or the assignee; the other side gets 403. A task that asks for a document needs one uploaded first (422 naming `file`); one that asks for an acknowledgement needs `acknowledged: true`. The last required task completes the onboarding.
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        acknowledged?: boolean;
                        note?: string;
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
                        "application/json": components["schemas"]["OnboardingTask"];
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
    "/api/v1/onboarding-tasks/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An onboarding task's documents, newest first
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
                        "application/json": components["schemas"]["FileList"];
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
         * Upload the document an onboarding task asks for (its own side; PDF, Office, OpenDocument, image or text, ≤ 20 MiB)
         * @description Send `multipart/form-data` with the file in a part named `file` (at most 20 MiB).
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
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
    "/api/v1/partners/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: list partners: search, filter, sort and page
         * @description The rows of `GET /api/v1/partners` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `legalName`, `website`, `description`, `domains`, `types`, `motion`, `designation`, `country`, `regions`, `industries`, `companySize`, `status`, `tags`, `segment`, `lifecycleStage`, `lifecycleStageChangedAt`, `tierId`, `tier`, `ownerId`, `owner`, `executiveSponsorId`, `executiveSponsor`, `createdAt`, `updatedAt`, `fit` (vendor staff only).
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
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
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
    "/api/v1/partners/{id}/stage-transitions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the partner's lifecycle stage history, oldest first
         * @description The rows of `GET /api/v1/partners/:id/stage-transitions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `fromStage`, `toStage`, `reason`, `actorId`, `actor`, `occurredAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
    "/api/v1/partners/{id}/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the partner's contacts and stakeholders
         * @description The rows of `GET /api/v1/partners/:id/contacts` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `name`, `email`, `phone`, `title`, `side`, `role`, `influence`, `isPrimary`, `isExecutiveSponsor`, `notes`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
    "/api/v1/partners/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner's files: its logo (kind `partner.logo`) and documents (`partner.document`), newest first
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
                        "application/json": components["schemas"]["FileList"];
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
         * Attach a document to a partner (PDF, Office, OpenDocument, image or plain text; at most 10 MiB)
         * @description Send `multipart/form-data` with the file in a part named `file` (at most 10 MiB).
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
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
    "/api/v1/partners/{id}/files/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: a partner's files: its logo (kind `partner.logo`) and documents (`partner.document`), newest first
         * @description The rows of `GET /api/v1/partners/:id/files` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `kind`, `recordId`, `partnerId`, `name`, `contentType`, `size`, `sha256`, `uploadedById`, `createdAt`, `contentUrl`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a partner's logo (PNG, JPEG, GIF or WebP; at most 1 MiB)
         * @description Send `multipart/form-data` with the file in a part named `file` (at most 1 MiB).
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
         */
        put: {
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
                        "application/json": components["schemas"]["File"];
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
         * Remove a partner's logo (none there is fine)
         * @description Access: admin, partner_manager, partner_admin; scope=partner.
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
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partner programs (a partner’s people: the programs their company is in)
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "retired";
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
                            data: components["schemas"]["Program"][];
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
         * Create a program with its commercial model
         * @description Access: admin, partner_manager; scope=none.
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
                        /** @enum {string} */
                        kind: "reseller" | "referral" | "msp" | "technology" | "oem" | "distributor" | "services" | "other";
                        description?: string;
                        commercialModel: {
                            /** @enum {string} */
                            model: "commission";
                            ratePercent: number;
                        } | {
                            /** @enum {string} */
                            model: "reseller_discount";
                            discountPercent: number;
                        } | {
                            /** @enum {string} */
                            model: "flat_fee";
                            fee: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            per: "deal" | "month" | "quarter" | "year";
                        } | {
                            /** @enum {string} */
                            model: "subscription";
                            price: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            period: "month" | "quarter" | "year";
                        } | {
                            /** @enum {string} */
                            model: "usage_based";
                            ratePerUnit: {
                                amount: number;
                                currency: string;
                            };
                            unit: string;
                        } | {
                            /** @enum {string} */
                            model: "value_based";
                            percentOfValue: number;
                            basis: string;
                        } | {
                            /** @enum {string} */
                            model: "white_label";
                            wholesaleDiscountPercent: number;
                            brandingFee?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {string} */
                            model: "revenue_share";
                            sharePercent: number;
                        } | {
                            /** @enum {string} */
                            model: "hybrid";
                            components: ({
                                /** @enum {string} */
                                model: "commission";
                                ratePercent: number;
                            } | {
                                /** @enum {string} */
                                model: "reseller_discount";
                                discountPercent: number;
                            } | {
                                /** @enum {string} */
                                model: "flat_fee";
                                fee: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                per: "deal" | "month" | "quarter" | "year";
                            } | {
                                /** @enum {string} */
                                model: "subscription";
                                price: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                period: "month" | "quarter" | "year";
                            } | {
                                /** @enum {string} */
                                model: "usage_based";
                                ratePerUnit: {
                                    amount: number;
                                    currency: string;
                                };
                                unit: string;
                            } | {
                                /** @enum {string} */
                                model: "value_based";
                                percentOfValue: number;
                                basis: string;
                            } | {
                                /** @enum {string} */
                                model: "white_label";
                                wholesaleDiscountPercent: number;
                                brandingFee?: {
                                    amount: number;
                                    currency: string;
                                };
                            } | {
                                /** @enum {string} */
                                model: "revenue_share";
                                sharePercent: number;
                            })[];
                        };
                        /** @description Days below a tier before a demotion is proposed (default 90) */
                        demotionGraceDays?: number;
                        /** @enum {string} */
                        status?: "active" | "retired";
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
                        "application/json": components["schemas"]["Program"];
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
    "/api/v1/programs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: partner programs (a partner’s people: the programs their company is in)
         * @description The rows of `GET /api/v1/programs` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `kind`, `description`, `isDefault`, `demotionGraceDays`, `status`, `memberCount`, `tierCount`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "retired";
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a program
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
                        "application/json": components["schemas"]["Program"];
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
         * Delete a program without members (not the default program)
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
         * Change a program
         * @description Access: admin, partner_manager; scope=none.
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
                        /** @enum {string} */
                        kind?: "reseller" | "referral" | "msp" | "technology" | "oem" | "distributor" | "services" | "other";
                        description?: string;
                        commercialModel?: {
                            /** @enum {string} */
                            model: "commission";
                            ratePercent: number;
                        } | {
                            /** @enum {string} */
                            model: "reseller_discount";
                            discountPercent: number;
                        } | {
                            /** @enum {string} */
                            model: "flat_fee";
                            fee: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            per: "deal" | "month" | "quarter" | "year";
                        } | {
                            /** @enum {string} */
                            model: "subscription";
                            price: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            period: "month" | "quarter" | "year";
                        } | {
                            /** @enum {string} */
                            model: "usage_based";
                            ratePerUnit: {
                                amount: number;
                                currency: string;
                            };
                            unit: string;
                        } | {
                            /** @enum {string} */
                            model: "value_based";
                            percentOfValue: number;
                            basis: string;
                        } | {
                            /** @enum {string} */
                            model: "white_label";
                            wholesaleDiscountPercent: number;
                            brandingFee?: {
                                amount: number;
                                currency: string;
                            };
                        } | {
                            /** @enum {string} */
                            model: "revenue_share";
                            sharePercent: number;
                        } | {
                            /** @enum {string} */
                            model: "hybrid";
                            components: ({
                                /** @enum {string} */
                                model: "commission";
                                ratePercent: number;
                            } | {
                                /** @enum {string} */
                                model: "reseller_discount";
                                discountPercent: number;
                            } | {
                                /** @enum {string} */
                                model: "flat_fee";
                                fee: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                per: "deal" | "month" | "quarter" | "year";
                            } | {
                                /** @enum {string} */
                                model: "subscription";
                                price: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                period: "month" | "quarter" | "year";
                            } | {
                                /** @enum {string} */
                                model: "usage_based";
                                ratePerUnit: {
                                    amount: number;
                                    currency: string;
                                };
                                unit: string;
                            } | {
                                /** @enum {string} */
                                model: "value_based";
                                percentOfValue: number;
                                basis: string;
                            } | {
                                /** @enum {string} */
                                model: "white_label";
                                wholesaleDiscountPercent: number;
                                brandingFee?: {
                                    amount: number;
                                    currency: string;
                                };
                            } | {
                                /** @enum {string} */
                                model: "revenue_share";
                                sharePercent: number;
                            })[];
                        };
                        /** @description Days below a tier before a demotion is proposed (default 90) */
                        demotionGraceDays?: number;
                        /** @enum {string} */
                        status?: "active" | "retired";
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
                        "application/json": components["schemas"]["Program"];
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
    "/api/v1/programs/{id}/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program’s tiers, lowest first, with requirements and benefits (the tier-benefits matrix)
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
         * Add a tier to a program
         * @description Access: admin, partner_manager; scope=none.
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
                        rank: number;
                        description?: string;
                        /** @enum {string} */
                        color?: "gray" | "bronze" | "silver" | "gold" | "platinum" | "blue" | "teal" | "violet" | "red";
                        requirements?: {
                            key: string;
                            /** @enum {string} */
                            type: "revenue_t4q" | "certified_people" | "active_deals" | "min_health" | "metric" | "custom";
                            /** @description The metric key, for `metric`; the recorded value key, for `custom` */
                            metric?: string;
                            label: string;
                            /** @description At least this much; money in minor units of the reporting currency */
                            min: number;
                        }[];
                        benefits?: {
                            discountPercent?: number;
                            mdfAccrualPercent?: number;
                            dealProtectionDays?: number;
                            /** @enum {string} */
                            supportLevel?: "standard" | "priority" | "premium" | "dedicated";
                            resources?: string[];
                        };
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
    "/api/v1/programs/{id}/tiers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the program’s tiers, lowest first, with requirements and benefits (the tier-benefits matrix)
         * @description The rows of `GET /api/v1/programs/:id/tiers` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `programId`, `name`, `rank`, `description`, `color`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current members of a program with their tiers
         * @description Access: admin, partner_manager, executive, finance; scope=none.
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
                            data: components["schemas"]["ProgramMembership"][];
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
    "/api/v1/programs/{id}/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: current members of a program with their tiers
         * @description The rows of `GET /api/v1/programs/:id/members` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `programId`, `partnerId`, `partnerName`, `tierId`, `joinedAt`, `leftAt`, `belowSince`, `program`, `tier`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics tier requirements and milestone rules can name (available: its module provides data)
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
                            data: components["schemas"]["Metric"][];
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
    "/api/v1/metrics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: metrics tier requirements and milestone rules can name (available: its module provides data)
         * @description The rows of `GET /api/v1/metrics` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `key`, `label`, `unit`, `description`, `available`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner’s program memberships, current and past, with its tier in each
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
                            data: components["schemas"]["ProgramMembership"][];
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
         * Enrol the partner in a program (optionally in a tier)
         * @description Access: admin, partner_manager; scope=partner.
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
                        /** Format: uuid */
                        programId: string;
                        tierId?: string | null;
                        /** Format: date */
                        joinedAt?: string;
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
                        "application/json": components["schemas"]["ProgramMembership"];
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
    "/api/v1/partners/{id}/programs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the partner’s program memberships, current and past, with its tier in each
         * @description The rows of `GET /api/v1/partners/:id/programs` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `programId`, `partnerId`, `partnerName`, `tierId`, `joinedAt`, `leftAt`, `belowSince`, `program`, `tier`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/programs/{membershipId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the partner’s membership of a program
         * @description Access: admin, partner_manager; scope=partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
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
                        "application/json": components["schemas"]["ProgramMembership"];
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
    "/api/v1/partners/{id}/programs/{membershipId}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Place the partner in a tier of the program by hand (kept in the tier history with the reason)
         * @description Access: admin, partner_manager; scope=partner.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tierId: string | null;
                        reason: string;
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
                        "application/json": components["schemas"]["ProgramMembership"];
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
    "/api/v1/partners/{id}/tier-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner’s current tier, the next one, and each requirement with required vs actual and what is missing
         * @description Per program the partner is in (`programs`); the top-level `currentTier`, `nextTier` and `requirements` answer for the default program (or the first). A requirement whose metric has no data yet answers `actual: null, met: null`.
         *
         *     Access: any signed-in role; scope=partner.
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
                        "application/json": components["schemas"]["TierProgress"];
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
    "/api/v1/partners/{id}/tier-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change of the partner’s tiers, newest first
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
                            data: components["schemas"]["TierChange"][];
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
    "/api/v1/partners/{id}/tier-history/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: every change of the partner’s tiers, newest first
         * @description The rows of `GET /api/v1/partners/:id/tier-history` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `programId`, `programName`, `fromTierId`, `toTierId`, `fromTier`, `toTier`, `reason`, `proposalId`, `actorId`, `actor`, `occurredAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/custom-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Values recorded for the partner’s custom requirements
         * @description Access: admin, partner_manager, executive, finance; scope=partner.
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
                            data: components["schemas"]["CustomMetricValue"][];
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
         * Record the partner’s value for a custom requirement or rule (`custom.<key>`), replacing the last one
         * @description Access: admin, partner_manager; scope=partner.
         */
        put: {
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
                        key: string;
                        value: number;
                        note?: string;
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
                        "application/json": components["schemas"]["CustomMetricValue"];
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
    "/api/v1/partners/{id}/custom-metrics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: values recorded for the partner’s custom requirements
         * @description The rows of `GET /api/v1/partners/:id/custom-metrics` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `key`, `value`, `note`, `recordedById`, `recordedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tier evaluation runs, newest first
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
                            data: components["schemas"]["TierEvaluationRun"][];
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
         * Evaluate tiers for a fiscal quarter now: proposes promotions and demotions, changes nothing
         * @description Evaluates the fiscal quarter containing `date` (default: the last completed quarter; settings’ fiscal-year start month) for one program or every active one. Answers the run; its proposals wait for approval.
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
                        /** Format: uuid */
                        programId?: string;
                        /** Format: date */
                        date?: string;
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
                        "application/json": components["schemas"]["TierEvaluationRun"];
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
    "/api/v1/tier-evaluations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: tier evaluation runs, newest first
         * @description The rows of `GET /api/v1/tier-evaluations` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `programId`, `programName`, `periodLabel`, `periodStart`, `periodEnd`, `asOf`, `trigger`, `startedById`, `startedBy`, `evaluated`, `promotions`, `demotions`, `inGrace`, `openProposals`, `createdAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An evaluation run with its proposals and their evidence
         * @description Access: admin, partner_manager, executive, finance; scope=none.
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
                            /** Format: uuid */
                            id: string;
                            programId: string | null;
                            programName: string | null;
                            periodLabel: string;
                            periodStart: string;
                            periodEnd: string;
                            /** Format: date-time */
                            asOf: string;
                            /** @enum {string} */
                            trigger: "schedule" | "manual";
                            startedById: string | null;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                role: string;
                            } | null;
                            evaluated: number;
                            promotions: number;
                            demotions: number;
                            inGrace: number;
                            openProposals: number;
                            /** Format: date-time */
                            createdAt: string;
                            proposals: components["schemas"]["TierProposal"][];
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
    "/api/v1/tier-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tier proposals across runs (open ones by default)
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "approved" | "rejected" | "superseded";
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
                            data: components["schemas"]["TierProposal"][];
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
    "/api/v1/tier-proposals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: tier proposals across runs (open ones by default)
         * @description The rows of `GET /api/v1/tier-proposals` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `runId`, `partnerId`, `partner`, `programId`, `programName`, `membershipId`, `direction`, `fromTierId`, `toTierId`, `fromTier`, `toTier`, `status`, `decidedById`, `decidedBy`, `decidedAt`, `decisionNote`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "approved" | "rejected" | "superseded";
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tier-proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a tier proposal: the partner’s tier changes now, kept in its history
         * @description Access: admin, partner_manager; scope=partner.
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
                        note?: string;
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
                        "application/json": components["schemas"]["TierProposal"];
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
    "/api/v1/tier-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a tier proposal (nothing changes)
         * @description Access: admin, partner_manager; scope=partner.
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
                        note?: string;
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
                        "application/json": components["schemas"]["TierProposal"];
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
    "/api/v1/milestone-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle milestone rules
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
                            data: components["schemas"]["MilestoneRule"][];
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
         * Add a milestone rule: a metric crossing a threshold proposes a lifecycle move
         * @description Access: admin, partner_manager; scope=none.
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
                        fromStages: ("prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated")[];
                        /** @enum {string} */
                        toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                        metric: string;
                        /** @enum {string} */
                        operator: ">=" | ">" | "<=" | "<" | "=";
                        threshold: number;
                        active?: boolean;
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
                        "application/json": components["schemas"]["MilestoneRule"];
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
    "/api/v1/milestone-rules/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: lifecycle milestone rules
         * @description The rows of `GET /api/v1/milestone-rules` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `name`, `fromStages`, `toStage`, `metric`, `operator`, `threshold`, `active`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestone-rules/{id}": {
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
         * Delete a milestone rule (and its proposals)
         * @description Access: admin, partner_manager; scope=none.
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
         * Change a milestone rule
         * @description Access: admin, partner_manager; scope=none.
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
                        fromStages?: ("prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated")[];
                        /** @enum {string} */
                        toStage?: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
                        metric?: string;
                        /** @enum {string} */
                        operator?: ">=" | ">" | "<=" | "<" | "=";
                        threshold?: number;
                        active?: boolean;
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
                        "application/json": components["schemas"]["MilestoneRule"];
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
    "/api/v1/milestone-rules/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the milestone rules now: proposes lifecycle moves with evidence, moves nothing
         * @description Access: admin, partner_manager; scope=none.
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
                        /** Format: uuid */
                        ruleId?: string;
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
                            proposed: number;
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
    "/api/v1/milestone-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle moves milestone rules propose
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "confirmed" | "dismissed" | "superseded";
                    partnerId?: string;
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
                            data: components["schemas"]["MilestoneProposal"][];
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
    "/api/v1/milestone-proposals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: lifecycle moves milestone rules propose
         * @description The rows of `GET /api/v1/milestone-proposals` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `ruleId`, `ruleName`, `partnerId`, `partner`, `fromStage`, `toStage`, `status`, `decidedById`, `decidedBy`, `decidedAt`, `decisionNote`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "confirmed" | "dismissed" | "superseded";
                    partnerId?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestone-proposals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm: the partner moves to the proposed stage, with the rule and its evidence as the reason
         * @description Access: admin, partner_manager; scope=partner.
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
                        note?: string;
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
                        "application/json": components["schemas"]["MilestoneProposal"];
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
    "/api/v1/milestone-proposals/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a milestone proposal (the partner stays where it is)
         * @description Access: admin, partner_manager; scope=partner.
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
                        note?: string;
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
                        "application/json": components["schemas"]["MilestoneProposal"];
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
    "/api/v1/partners/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner’s lifecycle transitions, oldest first (the same as /stage-transitions)
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
         * Move a partner to another lifecycle stage: `{stage, reason}` (the same as /stage-transitions)
         * @description Access: admin, partner_manager; scope=partner.
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
                        stage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
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
    "/api/v1/partners/{id}/lifecycle/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the partner’s lifecycle transitions, oldest first (the same as /stage-transitions)
         * @description The rows of `GET /api/v1/partners/:id/lifecycle` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `fromStage`, `toStage`, `reason`, `actorId`, `actor`, `occurredAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the public application form needs: a signed form token and the choices it offers
         * @description Send `formToken` back with the application: it must be at least 3 seconds old (people take longer than that) and less than a day.
         *
         *     Access: public.
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
                        "application/json": components["schemas"]["ApplicationForm"];
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
    "/api/v1/partner-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partner applications, newest first, with their fit and duplicate flags
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "createdAt" | "-createdAt";
                    /** @description One or more of submitted, accepted, rejected, comma-separated or repeated */
                    status?: string | string[];
                    /** @description Company name, domain or contact e-mail contains */
                    q?: string;
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
                            data: components["schemas"]["PartnerApplication"][];
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
         * Apply to become a partner (public, no sign-in)
         * @description Always 202 with the same answer once the application is taken, whether the company is new, known or applied before: the vendor reviews it. A submission that fails the spam checks is 400 with a generic message; more than a few per client IP per hour or per company domain per day is 429 with Retry-After.
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
                        companyName: string;
                        website: string;
                        country?: string | null;
                        regions?: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
                        types: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                        /** @default null */
                        companySize?: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+") | null;
                        industries?: string[];
                        contactName: string;
                        /** Format: email */
                        contactEmail: string;
                        /** @default  */
                        contactPhone?: string;
                        /** @default  */
                        contactTitle?: string;
                        /** @default  */
                        message?: string;
                        formToken: string;
                        /** @description Leave out: the form hides it from people (a field only bots fill in) */
                        fax?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationReceived"];
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
    "/api/v1/partner-applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: partner applications, newest first, with their fit and duplicate flags
         * @description The rows of `GET /api/v1/partner-applications` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `status`, `companyName`, `website`, `domain`, `country`, `regions`, `types`, `companySize`, `industries`, `contactName`, `contactEmail`, `contactPhone`, `contactTitle`, `prospect`, `reviewedBy`, `reviewedAt`, `decisionReason`, `createdAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "createdAt" | "-createdAt";
                    /** @description One or more of submitted, accepted, rejected, comma-separated or repeated */
                    status?: string | string[];
                    /** @description Company name, domain or contact e-mail contains */
                    q?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner application
         * @description Access: admin, partner_manager, executive, finance; scope=none.
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
                        "application/json": components["schemas"]["PartnerApplication"];
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
    "/api/v1/partner-applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an application: make a prospect partner from it, or link it to an existing partner
         * @description Without `partnerId` a new prospect is made (the applicant becomes its primary contact); with one, the application is linked to that partner. The applicant is e-mailed unless `notifyApplicant` is false. 422 INVALID_TRANSITION once decided.
         *
         *     Access: admin, partner_manager; scope=none.
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
                        /**
                         * Format: uuid
                         * @description Link to this existing partner instead of making a new prospect
                         */
                        partnerId?: string;
                        /** @description Owner of the new prospect (default: the reviewer, if a partner manager) */
                        ownerId?: string | null;
                        /** @enum {string} */
                        motion?: "channel" | "alliance";
                        /** @default true */
                        notifyApplicant?: boolean;
                        note?: string;
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
                        "application/json": components["schemas"]["PartnerApplication"];
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
    "/api/v1/partner-applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an application with a reason (kept for the vendor; the applicant gets a polite e-mail without it)
         * @description Access: admin, partner_manager; scope=none.
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
                        reason: string;
                        /** @default true */
                        notifyApplicant?: boolean;
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
                        "application/json": components["schemas"]["PartnerApplication"];
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
         * List partner tiers of every program (or of `programId`), lowest rank first
         * @description Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    programId?: string;
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
         * @description Access: admin, partner_manager; scope=none.
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
                        requirements?: {
                            key: string;
                            /** @enum {string} */
                            type: "revenue_t4q" | "certified_people" | "active_deals" | "min_health" | "metric" | "custom";
                            /** @description The metric key, for `metric`; the recorded value key, for `custom` */
                            metric?: string;
                            label: string;
                            /** @description At least this much; money in minor units of the reporting currency */
                            min: number;
                        }[];
                        benefits?: {
                            discountPercent?: number;
                            mdfAccrualPercent?: number;
                            dealProtectionDays?: number;
                            /** @enum {string} */
                            supportLevel?: "standard" | "priority" | "premium" | "dedicated";
                            resources?: string[];
                        };
                        /**
                         * Format: uuid
                         * @description Default: the default program
                         */
                        programId?: string;
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
    "/api/v1/tiers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: list partner tiers of every program (or of `programId`), lowest rank first
         * @description The rows of `GET /api/v1/tiers` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `programId`, `name`, `rank`, `description`, `color`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    programId?: string;
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
         * @description Access: admin, partner_manager; scope=none.
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
         * @description Access: admin, partner_manager; scope=none.
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
                        requirements?: {
                            key: string;
                            /** @enum {string} */
                            type: "revenue_t4q" | "certified_people" | "active_deals" | "min_health" | "metric" | "custom";
                            /** @description The metric key, for `metric`; the recorded value key, for `custom` */
                            metric?: string;
                            label: string;
                            /** @description At least this much; money in minor units of the reporting currency */
                            min: number;
                        }[];
                        benefits?: {
                            discountPercent?: number;
                            mdfAccrualPercent?: number;
                            dealProtectionDays?: number;
                            /** @enum {string} */
                            supportLevel?: "standard" | "priority" | "premium" | "dedicated";
                            resources?: string[];
                        };
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
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: list users (vendor staff see everyone; partner users see their own company)
         * @description The rows of `GET /api/v1/users` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `email`, `name`, `role`, `partnerId`, `partnerName`, `title`, `phone`, `active`, `lastLoginAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "name" | "-name" | "email" | "-email" | "createdAt" | "-createdAt";
                    q?: string;
                    /** @description One or more of admin, partner_manager, executive, finance, partner_admin, partner_user, comma-separated or repeated */
                    role?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    active?: "true" | "false";
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions, oldest first
         * @description Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
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
                            data: components["schemas"]["Webhook"][];
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
         * Subscribe a URL to events; the answer carries the signing secret, shown only this once
         * @description Deliveries are signed in the Standard Webhooks format. Private and loopback targets are refused (422 naming `url`) unless the server allows them (CONSORT_WEBHOOK_ALLOW_PRIVATE).
         *
         *     Access: admin; scope=none.
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
                        url: string;
                        events: string[];
                        description?: string;
                        enabled?: boolean;
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
                        "application/json": components["schemas"]["WebhookWithSecret"];
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
    "/api/v1/webhooks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: webhook subscriptions, oldest first
         * @description The rows of `GET /api/v1/webhooks` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `url`, `description`, `events`, `enabled`, `disabledReason`, `disabledAt`, `secretRotatedAt`, `previousSecretExpiresAt`, `lastSuccessAt`, `lastFailureAt`, `createdAt`, `updatedAt`.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Event types to subscribe to: those seen so far, each record type’s `<record>.*`, and `*`
         * @description Access: admin; scope=none.
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
                            data: {
                                name: string;
                                description: string;
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
    "/api/v1/webhooks/event-types/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: event types to subscribe to: those seen so far, each record type’s `<record>.*`, and `*`
         * @description The rows of `GET /api/v1/webhooks/event-types` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `name`, `description`.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook subscription
         * @description Access: admin; scope=none.
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
                        "application/json": components["schemas"]["Webhook"];
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
         * Delete a webhook subscription with its delivery log
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
         * Change a webhook’s URL, events or description, or switch it on or off
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
                        url?: string;
                        events?: string[];
                        description?: string;
                        enabled?: boolean;
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
                        "application/json": components["schemas"]["Webhook"];
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
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown only in this answer; the previous one also signs for 24 hours
         * @description Access: admin; scope=none.
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
                        "application/json": components["schemas"]["WebhookWithSecret"];
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
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event (`webhook.test`) to this webhook, on or off; answers its delivery
         * @description Access: admin; scope=none.
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
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
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log: deliveries newest first, each with its attempts
         * @description Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of pending, delivering, succeeded, failed, comma-separated or repeated */
                    status?: string | string[];
                };
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
                            data: components["schemas"]["WebhookDelivery"][];
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
    "/api/v1/webhooks/{id}/deliveries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the delivery log: deliveries newest first, each with its attempts
         * @description The rows of `GET /api/v1/webhooks/:id/deliveries` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `subscriptionId`, `eventId`, `eventType`, `status`, `attempts`, `manual`, `nextAttemptAt`, `lastStatus`, `lastError`, `completedAt`, `createdAt`.
         *
         *     Access: admin; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of pending, delivering, succeeded, failed, comma-separated or repeated */
                    status?: string | string[];
                    format?: "csv" | "xlsx";
                };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a finished delivery once more, now, with the same webhook-id
         * @description 409 CONFLICT while the delivery is still pending or being attempted.
         *
         *     Access: admin; scope=none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliveryId: string;
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
                        "application/json": components["schemas"]["WebhookDelivery"];
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
    "/api/v1/imports/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import exchange rates from CSV (dry run or commit)
         * @description The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or `map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. Columns: `date` (required), `currency` (required), `toCurrency`, `rate` (required), `source`.
         *
         *     Send `multipart/form-data` with the file in a part named `file`, or the file itself as a `text/csv` body (at most 1024 MiB).
         *
         *     Access: admin, finance; scope=none.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    map?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A small file as text (up to 64 KiB; send larger files as a text/csv body or a multipart form) */
                        csv?: string;
                        /** @description Header → column key (null or "" skips the header); in a multipart form, the same as a JSON string */
                        mapping?: {
                            [key: string]: string | null;
                        } | string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportOutcome"];
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
    "/api/v1/imports/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import partners from CSV (dry run or commit)
         * @description The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or `map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. Columns: `name` (required), `legalName`, `website`, `domains`, `description`, `types`, `motion`, `designation`, `country`, `industries`, `companySize`, `status`, `tags`, `segment`, `owner`.
         *
         *     Send `multipart/form-data` with the file in a part named `file`, or the file itself as a `text/csv` body (at most 1024 MiB).
         *
         *     Access: admin, partner_manager; scope=none.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    map?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A small file as text (up to 64 KiB; send larger files as a text/csv body or a multipart form) */
                        csv?: string;
                        /** @description Header → column key (null or "" skips the header); in a multipart form, the same as a JSON string */
                        mapping?: {
                            [key: string]: string | null;
                        } | string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportOutcome"];
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
    "/api/v1/imports/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from CSV (dry run or commit)
         * @description The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or `map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. Columns: `partner`, `name`, `firstName`, `lastName`, `email`, `phone`, `title`, `side`, `role`, `influence`, `isPrimary`, `isExecutiveSponsor`, `notes`.
         *
         *     Send `multipart/form-data` with the file in a part named `file`, or the file itself as a `text/csv` body (at most 1024 MiB).
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    map?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A small file as text (up to 64 KiB; send larger files as a text/csv body or a multipart form) */
                        csv?: string;
                        /** @description Header → column key (null or "" skips the header); in a multipart form, the same as a JSON string */
                        mapping?: {
                            [key: string]: string | null;
                        } | string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportOutcome"];
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
    "/api/v1/imports/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users from CSV (dry run or commit)
         * @description The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or `map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. Columns: `email` (required), `name` (required), `role`, `partner`, `title`, `phone`.
         *
         *     Send `multipart/form-data` with the file in a part named `file`, or the file itself as a `text/csv` body (at most 1024 MiB).
         *
         *     Access: admin; scope=none.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    map?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A small file as text (up to 64 KiB; send larger files as a text/csv body or a multipart form) */
                        csv?: string;
                        /** @description Header → column key (null or "" skips the header); in a multipart form, the same as a JSON string */
                        mapping?: {
                            [key: string]: string | null;
                        } | string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportOutcome"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Agreement: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            /** @enum {string} */
            type: "reseller" | "referral" | "oem" | "white_label" | "licensing" | "co_licensing" | "co_investment" | "joint_venture" | "franchise" | "alliance" | "nda";
            /**
             * @description Signature status: draft → sent → partner_signed → countersigned → active → expired | terminated
             * @enum {string}
             */
            status: "draft" | "sent" | "partner_signed" | "countersigned" | "active" | "expired" | "terminated";
            startOn: string;
            /** @description Null: no fixed end */
            endOn: string | null;
            /** @enum {string} */
            renewalType: "auto" | "manual";
            renewalTermMonths: number;
            noticeDays: number;
            /** @description The last day to give notice of non-renewal (auto renewals) */
            noticeDeadline: string | null;
            noticeGivenOn: string | null;
            noticeGivenById: string | null;
            commercialTerms: string;
            /** @enum {string} */
            exclusivity: "none" | "de_jure";
            exclusivityScope: string;
            segments: string[];
            territories: string[];
            solutionCategories: string[];
            jointIpGovernance: string;
            terminationProvisions: string;
            sentAt: string | null;
            partnerSignedAt: string | null;
            partnerSignedById: string | null;
            partnerSignedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            countersignedAt: string | null;
            countersignedById: string | null;
            countersignedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            terminatedAt: string | null;
            terminationReason: string;
            renewalCount: number;
            lastRenewedAt: string | null;
            can: {
                edit: boolean;
                delete: boolean;
                send: boolean;
                sign: boolean;
                countersign: boolean;
                terminate: boolean;
                giveNotice: boolean;
                attach: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
        ApplicationForm: {
            formToken: string;
            /**
             * Format: date-time
             * @description The application is taken from this moment on
             */
            notBefore: string;
            /** Format: date-time */
            expiresAt: string;
            choices: {
                types: ("reseller" | "var" | "vad" | "distributor" | "msp" | "gsi" | "si" | "isv" | "oem" | "hyperscaler" | "technology" | "product" | "service" | "referral" | "affiliate" | "agent" | "consultant" | "marketing" | "white_label" | "franchise")[];
                regions: ("north_america" | "latin_america" | "europe" | "middle_east_africa" | "asia_pacific")[];
                companySizes: ("1-10" | "11-50" | "51-200" | "201-1000" | "1001-5000" | "5001+")[];
            };
        };
        ApplicationReceived: {
            message: string;
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
        CommercialModel: {
            model: string;
            ratePercent?: number;
            discountPercent?: number;
            fee?: {
                amount: number;
                currency: string;
            };
            per?: string;
            price?: {
                amount: number;
                currency: string;
            };
            period?: string;
            ratePerUnit?: {
                amount: number;
                currency: string;
            };
            unit?: string;
            percentOfValue?: number;
            basis?: string;
            wholesaleDiscountPercent?: number;
            brandingFee?: {
                amount: number;
                currency: string;
            };
            sharePercent?: number;
            components?: {
                model: string;
                ratePercent?: number;
                discountPercent?: number;
                fee?: {
                    amount: number;
                    currency: string;
                };
                per?: string;
                price?: {
                    amount: number;
                    currency: string;
                };
                period?: string;
                ratePerUnit?: {
                    amount: number;
                    currency: string;
                };
                unit?: string;
                percentOfValue?: number;
                basis?: string;
                wholesaleDiscountPercent?: number;
                brandingFee?: {
                    amount: number;
                    currency: string;
                };
                sharePercent?: number;
            }[];
        };
        ComplianceItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            type: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
            name: string;
            reference: string;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected" | "expired";
            /**
             * @description What it means today
             * @enum {string}
             */
            state: "in_force" | "expired" | "pending" | "rejected";
            issuedOn: string | null;
            expiresOn: string | null;
            daysToExpiry: number | null;
            /** @description What this type blocks once lapsed (the vendor’s settings) */
            blocks: ("payouts" | "deal_registration" | "mdf_requests" | "lead_distribution" | "tier_promotion")[];
            notes: string;
            reviewedAt: string | null;
            reviewedById: string | null;
            reviewedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            rejectionReason: string;
            can: {
                edit: boolean;
                delete: boolean;
                review: boolean;
                attach: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ComplianceRequirement: {
            /** @enum {string} */
            type: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
            /** @description Every partner needs one in force: a partner without one is blocked too */
            required: boolean;
            /** @description What a lapsed (expired, rejected, pending) item of this type blocks */
            blocks: ("payouts" | "deal_registration" | "mdf_requests" | "lead_distribution" | "tier_promotion")[];
            /** @description Days before expiry to remind the partner and its manager */
            reminderDays: number[];
        };
        ComplianceRequirementInput: {
            /** @enum {string} */
            type: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
            /** @description Every partner needs one in force: a partner without one is blocked too */
            required: boolean;
            /** @description What a lapsed (expired, rejected, pending) item of this type blocks */
            blocks: ("payouts" | "deal_registration" | "mdf_requests" | "lead_distribution" | "tier_promotion")[];
            /** @description Days before expiry to remind the partner and its manager */
            reminderDays: number[];
        };
        ComplianceStatus: {
            /** Format: uuid */
            partnerId: string;
            actions: {
                /** @enum {string} */
                action: "payouts" | "deal_registration" | "mdf_requests" | "lead_distribution" | "tier_promotion";
                blocked: boolean;
                reasons: {
                    /** @enum {string} */
                    type: "dpa_gdpr" | "soc2" | "iso27001" | "insurance" | "export_control" | "custom";
                    /** @enum {string} */
                    state: "expired" | "pending" | "rejected" | "missing";
                    itemId: string | null;
                    message: string;
                }[];
            }[];
        };
        CoopetitionArea: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** @enum {string} */
            kind: "segment" | "product" | "solution_category";
            name: string;
            notes: string;
            createdById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                edit: boolean;
            };
        };
        CustomMetricValue: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            key: string;
            value: number;
            note: string;
            recordedById: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        DealConflictReason: {
            /**
             * @description Which rule matched: the normalised customer domain or company name
             * @enum {string}
             */
            rule: "domain" | "name";
            /** @description The normalised value both registrations share */
            value: string;
            /** @description When the earlier registration was submitted (RFC 3339) */
            since: string;
            message: string;
            /** @description The earlier registration (vendor staff only: a partner never learns whose it is) */
            registration?: {
                /** Format: uuid */
                id: string;
                number: string;
                /** Format: uuid */
                partnerId: string;
                partnerName: string;
            };
        };
        DealRegistration: {
            /** Format: uuid */
            id: string;
            /** @description Readable and sequential: DR-000123 */
            number: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            customer: {
                name: string;
                domain: string | null;
            };
            /** @description Minor units of `currency` */
            amount: number;
            currency: string;
            expectedCloseDate: string;
            products: string[];
            notes: string;
            /**
             * @description submitted → approved | rejected; approved → won | lost | expired
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected" | "won" | "lost" | "expired";
            /**
             * Format: date-time
             * @description Immutable: what "first" means in a conflict
             */
            submittedAt: string;
            submittedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            /**
             * Format: date-time
             * @description Submission + the approval SLA
             */
            approvalDueAt: string;
            approvalOverdue: boolean;
            conflict: {
                flagged: boolean;
                reasons: components["schemas"]["DealConflictReason"][];
            };
            decidedAt: string | null;
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            rejectionReason: string;
            protectionDays: number | null;
            /** @description The last protected day (approved registrations) */
            expiresOn: string | null;
            expiringSoon: boolean;
            daysLeft: number | null;
            extensionRequestedOn: string | null;
            extensionRequestedUntil: string | null;
            extensionReason: string;
            extensionCount: number;
            closedAt: string | null;
            closeReason: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                approve: boolean;
                reject: boolean;
                close: boolean;
                requestExtension: boolean;
                extend: boolean;
            };
        };
        DealRegistrationSettings: {
            approvalSlaHours: number;
            reminderDays: number[];
            defaultProtectionDays: number;
            /** Format: date-time */
            updatedAt: string;
        };
        DealRegistrationSummary: {
            submitted: number;
            overdue: number;
            approved: number;
            expiringSoon: number;
            conflicts: number;
            won: number;
            lost: number;
            slaHours: number;
        };
        DirectoryFilters: {
            regions: string[];
            industries: string[];
            types: string[];
            tiers: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            certifications: string[];
        };
        DirectoryListing: {
            /** @description Null until the listing is first saved */
            id: string | null;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @description The partner opted in */
            published: boolean;
            publishedAt: string | null;
            description: string;
            website: string;
            contactEmail: string;
            regions: string[];
            industries: string[];
            types: string[];
            /** @description The vendor hid it */
            hidden: boolean;
            hiddenReason: string;
            hiddenById: string | null;
            hiddenAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            state: {
                listed: boolean;
                /** @description Why it is not shown, if it is not */
                reasons: string[];
            };
            can: {
                edit: boolean;
                publish: boolean;
                moderate: boolean;
            };
        };
        File: {
            /** Format: uuid */
            id: string;
            /** @description What it is to its record, e.g. `partner.logo`, `partner.document` */
            kind: string;
            /**
             * Format: uuid
             * @description The record it is attached to
             */
            recordId: string;
            /** @description The partner the record belongs to (null: the vendor's) */
            partnerId: string | null;
            /** @description The name it was uploaded with (cleaned): shown, and offered as the download name */
            name: string;
            /** @description The media type detected from its bytes */
            contentType: string;
            /** @description Bytes */
            size: number;
            /** @description Hex SHA-256 of the bytes */
            sha256: string;
            uploadedById: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description GET it (signed in) for the bytes */
            contentUrl: string;
            /** @description What the caller may do to this file now */
            can: {
                delete: boolean;
            };
        };
        FileList: {
            data: components["schemas"]["File"][];
            nextCursor: null;
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
        FitCriterionInput: {
            label: string;
            /** @enum {string} */
            attribute: "types" | "regions" | "industries" | "companySize" | "country" | "motion" | "tags" | "segment";
            values: string[];
            weight: number;
        };
        FitReason: {
            criterion: string;
            /** @enum {string} */
            attribute: "types" | "regions" | "industries" | "companySize" | "country" | "motion" | "tags" | "segment";
            weight: number;
            met: boolean;
            points: number;
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
        IdealPartnerProfile: {
            criteria: components["schemas"]["FitCriterion"][];
            /** @description When it was last saved; null before the first save */
            updatedAt: string | null;
        };
        ImportOutcome: {
            kind: string;
            /** @description Data rows in the file */
            rows: number;
            /** @description The first 200 problems */
            errors: {
                /** @description The line in a spreadsheet: the header is row 1, the first record row 2 */
                row: number;
                /** @description The column key (or, for a header problem, the header) */
                column: string;
                message: string;
            }[];
            errorCount: number;
            mapping: {
                header: string;
                column: string | null;
                /** @enum {string} */
                how: "given" | "recognised" | "unknown" | "duplicate" | "skipped";
            }[];
            columns: {
                key: string;
                label: string;
                required: boolean;
                hint: string;
            }[];
            /** @enum {string} */
            status: "valid" | "invalid" | "queued" | "running" | "succeeded" | "failed";
            importId: string | null;
        };
        ImportRun: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            fileName: string;
            rows: number | null;
            done: number;
            /** @description 0–1 while it runs (by bytes read), 1 when it succeeded */
            progress: number | null;
            errorCount: number;
            errors: {
                /** @description The line in a spreadsheet: the header is row 1, the first record row 2 */
                row: number;
                /** @description The column key (or, for a header problem, the header) */
                column: string;
                message: string;
            }[];
            startedAt: string | null;
            finishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Importer: {
            kind: string;
            label: string;
            columns: {
                key: string;
                label: string;
                required: boolean;
                hint: string;
                /** @description Headers of other systems' exports recognised as this column */
                aliases: string[];
            }[];
            /** @description The largest file accepted */
            maxBytes: number;
            /** @description A committed file larger than this runs in the background (202) */
            backgroundBytes: number;
        };
        IntegrationListing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            name: string;
            category: string;
            description: string;
            listingUrl: string;
            /** @enum {string} */
            certification: "none" | "in_review" | "certified" | "expired";
            /** @description YYYY-MM-DD */
            certifiedAt: string | null;
            /** @description YYYY-MM-DD: the certification lapses after this day */
            expiresAt: string | null;
            certificationNote: string;
            compatibility: {
                product: string;
                versions: string;
                /** @enum {string} */
                status: "supported" | "partial" | "planned" | "unsupported";
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                edit: boolean;
                delete: boolean;
                certify: boolean;
            };
        };
        Job: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            runAt: string;
            attempts: number;
            maxAttempts: number;
            queuedBy: string;
            /** @description The schedule tick this run is, for a scheduled run */
            scheduledFor: string | null;
            progress: components["schemas"]["JobProgress"] | null;
            /** @description What the job answered (JSON), once it succeeded */
            result: unknown;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description When the last attempt started */
            startedAt: string | null;
            finishedAt: string | null;
            /** @description How long the last attempt took, once finished */
            durationMs: number | null;
            can: {
                retry: boolean;
            };
        };
        JobAttempt: {
            attempt: number;
            /** @enum {string} */
            outcome: "running" | "succeeded" | "failed" | "timed_out" | "lost";
            processId: string;
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
            durationMs: number | null;
            error: string | null;
        };
        JobDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            runAt: string;
            attempts: number;
            maxAttempts: number;
            queuedBy: string;
            /** @description The schedule tick this run is, for a scheduled run */
            scheduledFor: string | null;
            progress: components["schemas"]["JobProgress"] | null;
            /** @description What the job answered (JSON), once it succeeded */
            result: unknown;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description When the last attempt started */
            startedAt: string | null;
            finishedAt: string | null;
            /** @description How long the last attempt took, once finished */
            durationMs: number | null;
            can: {
                retry: boolean;
            };
            attemptsLog: components["schemas"]["JobAttempt"][];
        };
        JobProgress: {
            done: number;
            total: number | null;
        };
        JobSchedule: {
            name: string;
            cron: string;
            /** @description The organisation’s time zone, in which the cron expression is read */
            timeZone: string;
            nextRunAt: string | null;
            lastRun: components["schemas"]["Job"] | null;
            failuresLastWeek: number;
            recentFailures: {
                /** Format: uuid */
                id: string;
                finishedAt: string | null;
                lastError: string | null;
            }[];
        };
        /** @description The same answer whether or not the address belongs to anyone */
        LinkRequested: {
            message: string;
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
        Metric: {
            key: string;
            label: string;
            unit: string;
            description: string;
            available: boolean;
        };
        MilestoneProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ruleId: string;
            ruleName: string;
            /** Format: uuid */
            partnerId: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            fromStage: string;
            toStage: string;
            evidence: {
                metric: string;
                label: string;
                unit: string;
                operator: string;
                threshold: number;
                actual: number | null;
                asOf: string;
            };
            /** @enum {string} */
            status: "open" | "confirmed" | "dismissed" | "superseded";
            decidedById: string | null;
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                role: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                confirm: boolean;
                dismiss: boolean;
            };
        };
        MilestoneRule: {
            /** Format: uuid */
            id: string;
            name: string;
            fromStages: ("prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated")[];
            /** @enum {string} */
            toStage: "prospect" | "qualified" | "onboarding" | "enabled" | "active" | "strategic" | "offboarding" | "terminated";
            metric: string;
            /** @enum {string} */
            operator: ">=" | ">" | "<=" | "<" | "=";
            threshold: number;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Money: {
            amount: number;
            currency: string;
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            title: string;
            body: string;
            /** @description A path in the web app, e.g. /partners/{id} */
            link: string | null;
            entity: {
                type: string;
                id: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationPreference: {
            kind: string;
            label: string;
            description: string;
            /** @enum {string} */
            channel: "in_app" | "email" | "digest" | "off";
            /** @enum {string} */
            defaultChannel: "in_app" | "email" | "digest" | "off";
        };
        Onboarding: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            templateId: string | null;
            name: string;
            /** @enum {string} */
            status: "in_progress" | "completed" | "cancelled";
            /** @description YYYY-MM-DD */
            startOn: string;
            /** Format: date-time */
            startedAt: string;
            startedById: string | null;
            /** @description When its last required task was done */
            completedAt: string | null;
            cancelledAt: string | null;
            /** @description Time to onboard: start day to completion day */
            daysToOnboard: number | null;
            progress: components["schemas"]["OnboardingProgress"];
            tasks: components["schemas"]["OnboardingTask"][];
            can: {
                manage: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OnboardingProgress: {
            tasks: number;
            done: number;
            required: number;
            requiredDone: number;
            /** @description Required tasks done, 0–100 */
            percent: number;
            overdue: number;
        };
        OnboardingStats: {
            inProgress: number;
            overdueTasks: number;
            completed: number;
            averageDaysToOnboard: number | null;
            medianDaysToOnboard: number | null;
        };
        OnboardingStep: {
            title: string;
            /** @default  */
            description: string;
            /** @enum {string} */
            ownerSide: "vendor" | "partner";
            /** @enum {string} */
            ownerRole: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            dueOffsetDays: number;
            /**
             * @default none
             * @enum {string}
             */
            requirement: "none" | "document" | "acknowledgement";
            /** @default true */
            required: boolean;
        };
        OnboardingStepInput: {
            title: string;
            /** @default  */
            description: string;
            /** @enum {string} */
            ownerSide: "vendor" | "partner";
            /** @enum {string} */
            ownerRole: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            dueOffsetDays: number;
            /**
             * @default none
             * @enum {string}
             */
            requirement: "none" | "document" | "acknowledgement";
            /** @default true */
            required: boolean;
        };
        OnboardingTask: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            onboardingId: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            position: number;
            title: string;
            description: string;
            /** @enum {string} */
            ownerSide: "vendor" | "partner";
            /** @enum {string} */
            ownerRole: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            required: boolean;
            /** @enum {string} */
            requirement: "none" | "document" | "acknowledgement";
            /** @description YYYY-MM-DD */
            dueOn: string;
            /** @description Open and its due day has passed (the organisation’s time zone) */
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "done";
            assigneeId: string | null;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            completedAt: string | null;
            completedById: string | null;
            completedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            acknowledgedAt: string | null;
            note: string;
            /** @description What the caller may do to this task now */
            can: {
                complete: boolean;
                edit: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OnboardingTemplate: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            partnerTypes: string[];
            active: boolean;
            steps: components["schemas"]["OnboardingStep"][];
            can: {
                edit: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
        PartnerApplication: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "rejected";
            companyName: string;
            website: string;
            domain: string;
            country: string | null;
            regions: string[];
            types: string[];
            companySize: string | null;
            industries: string[];
            contactName: string;
            contactEmail: string;
            contactPhone: string;
            contactTitle: string;
            message: string;
            /** @description Partners claiming its domain or with a much alike name, and earlier applications from its domain still waiting */
            duplicates: {
                /** @enum {string} */
                reason: "domain" | "name" | "application";
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            /** @description Against the Ideal Partner Profile as it is now */
            fit: {
                score: number;
                reasons: {
                    criterion: string;
                    attribute: string;
                    weight: number;
                    met: boolean;
                    points: number;
                }[];
            };
            /** @description The prospect partner it became (accepted) */
            prospect: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reviewedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                role: string;
            } | null;
            reviewedAt: string | null;
            decisionReason: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                review: boolean;
            };
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
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
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
        Program: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "reseller" | "referral" | "msp" | "technology" | "oem" | "distributor" | "services" | "other";
            description: string;
            commercialModel: components["schemas"]["CommercialModel"];
            isDefault: boolean;
            demotionGraceDays: number;
            /** @enum {string} */
            status: "active" | "retired";
            memberCount: number;
            tierCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                edit: boolean;
                delete: boolean;
                manageMembers: boolean;
            };
        };
        ProgramMembership: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            tierId: string | null;
            /** Format: date-time */
            joinedAt: string;
            leftAt: string | null;
            belowSince: string | null;
            program: {
                /** Format: uuid */
                id: string;
                name: string;
                kind: string;
                isDefault: boolean;
            };
            tier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
                /** Format: uuid */
                programId?: string;
            } | null;
            can: {
                edit: boolean;
            };
        };
        PublicPartnerListing: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            website: string;
            contactEmail: string;
            regions: string[];
            industries: string[];
            types: string[];
            tier: {
                name: string;
                color: string;
            } | null;
            /** @description Certifications held (none until the enablement module exists) */
            certifications: string[];
            /** @description Certified integrations */
            integrations: {
                name: string;
                category: string;
                listingUrl: string;
            }[];
            /** @description 404 when the partner has no logo */
            logoUrl: string;
        };
        PublicSettings: {
            vendorName: string;
            hasLogo: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        RequirementProgress: {
            key: string;
            label: string;
            metric: string;
            unit: string;
            required: number;
            /** @description null: no data yet */
            actual: number | null;
            /** @description null: no data yet */
            met: boolean | null;
            missing: number | null;
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
        SessionUser: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            partnerId: string | null;
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
        Tier: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programId: string;
            name: string;
            rank: number;
            description: string;
            color: string;
            requirements: components["schemas"]["TierRequirement"][];
            benefits: components["schemas"]["TierBenefits"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TierBenefits: {
            discountPercent?: number;
            mdfAccrualPercent?: number;
            dealProtectionDays?: number;
            /** @enum {string} */
            supportLevel?: "standard" | "priority" | "premium" | "dedicated";
            resources?: string[];
        };
        TierChange: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** Format: uuid */
            programId: string;
            programName: string;
            fromTierId: string | null;
            toTierId: string | null;
            fromTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
                /** Format: uuid */
                programId?: string;
            } | null;
            toTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
                /** Format: uuid */
                programId?: string;
            } | null;
            reason: string;
            proposalId: string | null;
            actorId: string | null;
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                role: string;
            } | null;
            /** Format: date-time */
            occurredAt: string;
        };
        TierEvaluationRun: {
            /** Format: uuid */
            id: string;
            programId: string | null;
            programName: string | null;
            periodLabel: string;
            periodStart: string;
            periodEnd: string;
            /** Format: date-time */
            asOf: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            startedById: string | null;
            startedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                role: string;
            } | null;
            evaluated: number;
            promotions: number;
            demotions: number;
            inGrace: number;
            openProposals: number;
            /** Format: date-time */
            createdAt: string;
        };
        TierProgress: {
            /** Format: uuid */
            partnerId: string;
            /** Format: date-time */
            asOf: string;
            currentTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
            } | null;
            nextTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
            } | null;
            requirements: components["schemas"]["RequirementProgress"][];
            programs: {
                program: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isDefault: boolean;
                };
                /** Format: uuid */
                membershipId: string;
                currentTier: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    color: string;
                } | null;
                nextTier: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    color: string;
                } | null;
                requirements: components["schemas"]["RequirementProgress"][];
                metCount: number;
                total: number;
                holdsCurrentTier: boolean | null;
                currentRequirements: components["schemas"]["RequirementProgress"][];
            }[];
        };
        TierProposal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            runId: string;
            /** Format: uuid */
            partnerId: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
                ownerId: string | null;
            };
            /** Format: uuid */
            programId: string;
            programName: string;
            /** Format: uuid */
            membershipId: string;
            /** @enum {string} */
            direction: "promotion" | "demotion";
            fromTierId: string | null;
            toTierId: string | null;
            fromTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
                /** Format: uuid */
                programId?: string;
            } | null;
            toTier: {
                /** Format: uuid */
                id: string;
                name: string;
                rank: number;
                color: string;
                /** Format: uuid */
                programId?: string;
            } | null;
            evidence: {
                asOf: string;
                periodLabel: string;
                belowSince: string | null;
                tiers: {
                    tierId: string;
                    name: string;
                    rank: number;
                    requirements: components["schemas"]["RequirementProgress"][];
                }[];
            };
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "superseded";
            decidedById: string | null;
            decidedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                role: string;
            } | null;
            decidedAt: string | null;
            decisionNote: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                approve: boolean;
                reject: boolean;
            };
        };
        TierRequirement: {
            key: string;
            /** @enum {string} */
            type: "revenue_t4q" | "certified_people" | "active_deals" | "min_health" | "metric" | "custom";
            metric?: string;
            label: string;
            min: number;
        };
        Unsubscribe: {
            kind: string;
            label: string;
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
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /** @description Event names, `<record>.*` or `*` */
            events: string[];
            enabled: boolean;
            disabledReason: string | null;
            disabledAt: string | null;
            secretRotatedAt: string | null;
            /** @description Until then deliveries carry a signature with the previous secret too */
            previousSecretExpiresAt: string | null;
            lastSuccessAt: string | null;
            lastFailureAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                edit: boolean;
                delete: boolean;
                rotateSecret: boolean;
                sendTest: boolean;
                redeliver: boolean;
            };
        };
        WebhookAttempt: {
            /** Format: uuid */
            id: string;
            attempt: number;
            url: string;
            requestHeaders: {
                [key: string]: string;
            };
            requestBody: string;
            responseStatus: number | null;
            /** @description The start of the response body */
            responseBody: string;
            /** @description Where a redirect pointed (never followed) */
            location: string | null;
            error: string | null;
            durationMs: number;
            succeeded: boolean;
            nextAttemptAt: string | null;
            /** Format: date-time */
            startedAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            /**
             * Format: uuid
             * @description Also the webhook-id header, the same on every attempt
             */
            eventId: string;
            eventType: string;
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "delivering" | "succeeded" | "failed";
            attempts: number;
            manual: boolean;
            nextAttemptAt: string | null;
            lastStatus: number | null;
            lastError: string | null;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            log: components["schemas"]["WebhookAttempt"][];
        };
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /** @description Event names, `<record>.*` or `*` */
            events: string[];
            enabled: boolean;
            disabledReason: string | null;
            disabledAt: string | null;
            secretRotatedAt: string | null;
            /** @description Until then deliveries carry a signature with the previous secret too */
            previousSecretExpiresAt: string | null;
            lastSuccessAt: string | null;
            lastFailureAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            can: {
                edit: boolean;
                delete: boolean;
                rotateSecret: boolean;
                sendTest: boolean;
                redeliver: boolean;
            };
            /** @description whsec_…: shown only in this answer; verify signatures with it */
            secret: string;
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
