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
    "/api/v1/alliances/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Strategic partners flagged "strategic in name only", with the reasons and their evidence
         * @description A partner in the strategic lifecycle stage with no executive sponsor on either side, no current joint business plan, no governance meeting in the last 120 days, or commitment asymmetry above 25 points. A metric whose module is not installed is not measured and raises nothing. Vendor staff only.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
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
                            data: components["schemas"]["AllianceAlert"][];
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
    "/api/v1/alliances/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every strategic partner: phase, plan, fulfilment per side, flags, failure modes, risks, meetings
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
                        "application/json": components["schemas"]["AlliancePortfolio"];
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
    "/api/v1/partners/{id}/alliance-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner’s "strategic in name only" reasons and failure modes, with what is not measured
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
                        "application/json": components["schemas"]["PartnerAllianceAlerts"];
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
    "/api/v1/alliances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alliances across the portfolio, the latest started first
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "startedAt" | "-startedAt" | "updatedAt" | "-updatedAt";
                    /** @description One or more of referral, reseller, co_sell, oem_embedded, co_development, joint_venture, co_licensing, co_investment, other, comma-separated or repeated */
                    type?: string | string[];
                    /** @description One or more of strategy, partner_selection, negotiation, operational_planning, structuring_governance, launch_management, transformation, termination, comma-separated or repeated */
                    phase?: string | string[];
                    /** @description One or more of strategic_fit, joint_value_proposition, agreement_negotiation, gtm_activation, performance_review, comma-separated or repeated */
                    stage?: string | string[];
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
                            data: components["schemas"]["AllianceSummary"][];
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
    "/api/v1/alliances/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: alliances across the portfolio, the latest started first
         * @description The rows of `GET /api/v1/alliances` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `type`, `phase`, `stage`, `sponsorsNamed`, `designExplicit`, `recommendation`, `qualificationScore`, `qualificationDueOn`, `startedAt`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "startedAt" | "-startedAt" | "updatedAt" | "-updatedAt";
                    /** @description One or more of referral, reseller, co_sell, oem_embedded, co_development, joint_venture, co_licensing, co_investment, other, comma-separated or repeated */
                    type?: string | string[];
                    /** @description One or more of strategy, partner_selection, negotiation, operational_planning, structuring_governance, launch_management, transformation, termination, comma-separated or repeated */
                    phase?: string | string[];
                    /** @description One or more of strategic_fit, joint_value_proposition, agreement_negotiation, gtm_activation, performance_review, comma-separated or repeated */
                    stage?: string | string[];
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
    "/api/v1/partners/{id}/alliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alliance with a partner: stages, design, sponsors, qualification (404 if none was started)
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
                        "application/json": components["schemas"]["Alliance"];
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
         * Start the alliance with a partner
         * @description One alliance per partner (409 naming `partnerId`). `phase` defaults to `negotiation`; the development stages start at the strategic fit assessment. Sponsors: a vendor executive, and the partner’s as a user or a contact (not both).
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
                        /** @enum {string} */
                        type: "referral" | "reseller" | "co_sell" | "oem_embedded" | "co_development" | "joint_venture" | "co_licensing" | "co_investment" | "other";
                        /** @enum {string} */
                        phase?: "strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination";
                        note?: string;
                        /** @description A vendor executive (or admin, partner manager) sponsoring the alliance */
                        vendorSponsorId?: string | null;
                        /** @description The partner’s sponsor, one of its portal users */
                        partnerSponsorUserId?: string | null;
                        /** @description …or one of its contacts without an account */
                        partnerSponsorContactId?: string | null;
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
                        "application/json": components["schemas"]["Alliance"];
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
        /**
         * Change the alliance: type, phase (kept in its history), stage, sponsors
         * @description The stage moves on one at a time, once both sides ticked every item of the stage it leaves (422 naming `stage`). The partner’s admin changes only its own sponsor (403 naming the other fields).
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
                        /** @enum {string} */
                        type?: "referral" | "reseller" | "co_sell" | "oem_embedded" | "co_development" | "joint_venture" | "co_licensing" | "co_investment" | "other";
                        /** @enum {string} */
                        phase?: "strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination";
                        phaseNote?: string;
                        /** @enum {string} */
                        stage?: "strategic_fit" | "joint_value_proposition" | "agreement_negotiation" | "gtm_activation" | "performance_review";
                        /** @description A vendor executive (or admin, partner manager) sponsoring the alliance */
                        vendorSponsorId?: string | null;
                        /** @description The partner’s sponsor, one of its portal users */
                        partnerSponsorUserId?: string | null;
                        /** @description …or one of its contacts without an account */
                        partnerSponsorContactId?: string | null;
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
                        "application/json": components["schemas"]["Alliance"];
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
    "/api/v1/partners/{id}/alliance-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an alliance with the partner was started, and the alliance if so (`alliance: null` otherwise)
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
                        "application/json": components["schemas"]["AllianceState"];
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
    "/api/v1/partners/{id}/alliance/design": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the commercial design: each part sent replaces that part; every dimension is re-checked for being explicit
         * @description Parts: `valueProposition`, `marketScope`, `investment.vendor|partner`, `governance`, `performance`, `valueCapture.vendor|partner`. The partner’s admin sends only its own side’s investment and value capture.
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
                        valueProposition?: {
                            /** @description “Together, X and Y enable <outcome> for <customer> by …” */
                            statement: string;
                            targetCustomer: string;
                            outcome: string;
                            /**
                             * @description Tested with customers of the target segment
                             * @default false
                             */
                            customerValidated?: boolean;
                        };
                        marketScope?: {
                            segments: string[];
                            territories: string[];
                            solutionCategories: string[];
                        };
                        investment?: {
                            vendor?: components["schemas"]["AllianceSideInvestmentInput"];
                            partner?: components["schemas"]["AllianceSideInvestmentInput"];
                        };
                        governance?: {
                            cadence: ("monthly" | "quarterly" | "semiannual" | "annual") | null;
                            decisionRights: string;
                            escalationPath: string;
                        };
                        performance?: {
                            metrics: {
                                name: string;
                                /** @enum {string} */
                                side: "vendor" | "partner" | "joint";
                                /** @default  */
                                target?: string;
                            }[];
                            frequency: ("monthly" | "quarterly" | "semiannual" | "annual") | null;
                            consequences: string;
                        };
                        valueCapture?: {
                            vendor?: components["schemas"]["AllianceValueCaptureInput"][];
                            partner?: components["schemas"]["AllianceValueCaptureInput"][];
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
                        "application/json": components["schemas"]["Alliance"];
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
    "/api/v1/partners/{id}/alliance/checklist/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tick (or untick) a development-stage checklist item for your own side, with a note
         * @description Vendor staff tick the vendor’s side, a partner’s people the partner’s: the evidence that both sides took part.
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    item: "strategic_fit.qualification" | "strategic_fit.gaps_mapped" | "strategic_fit.leadership_intent" | "joint_value_proposition.articulated" | "joint_value_proposition.customer_validated" | "joint_value_proposition.contributions_acknowledged" | "agreement_negotiation.market_scope" | "agreement_negotiation.investments" | "agreement_negotiation.joint_ip" | "agreement_negotiation.review_provisions" | "gtm_activation.joint_content" | "gtm_activation.co_sell" | "gtm_activation.target_accounts" | "gtm_activation.first_win" | "performance_review.quarterly_review" | "performance_review.annual_review" | "performance_review.evolution_decided";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        done?: boolean;
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
                        "application/json": components["schemas"]["Alliance"];
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
    "/api/v1/partners/{id}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every run of the partner’s strategic qualification test, newest first, and the combined result now
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
                            data: components["schemas"]["AllianceQualificationRun"][];
                            current: components["schemas"]["AllianceQualificationSummary"] | null;
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
         * Score the strategic qualification test for your side (four dimensions, 1–5 each, with notes)
         * @description Vendor staff score for the vendor, the partner’s admin for the partner. The answer carries the recommendation (strategic candidate: every dimension 4+ on both sides; otherwise premier tier only) with its reasons.
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
                        scores: {
                            marketAccess: {
                                score: number;
                                /** @default  */
                                notes?: string;
                            };
                            capability: {
                                score: number;
                                /** @default  */
                                notes?: string;
                            };
                            commitment: {
                                score: number;
                                /** @default  */
                                notes?: string;
                            };
                            alignment: {
                                score: number;
                                /** @default  */
                                notes?: string;
                            };
                        };
                        summary?: string;
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
                        "application/json": components["schemas"]["AllianceQualificationRun"];
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
    "/api/v1/partners/{id}/qualifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: every run of the partner’s strategic qualification test, newest first, and the combined result now
         * @description The rows of `GET /api/v1/partners/:id/qualifications` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `side`, `summary`, `assessedBy`, `assessedAt`, `recommendation`, `provisional`, `scorePercent`.
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
    "/api/v1/business-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Joint business plans, the latest period first (a partner’s people: their own)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of draft, proposed, approved, closed, archived, comma-separated or repeated */
                    status?: string | string[];
                    current?: "true" | "false";
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
                            data: components["schemas"]["BusinessPlanSummary"][];
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
         * Draft a joint business plan with a partner for a period
         * @description It starts as a draft; both sides add their parts and commitments, the vendor proposes it and the partner’s admin approves it. `periodEnd` before `periodStart` is a 422 naming `periodEnd`. Fiscal presets: `GET /api/v1/business-plans/periods`.
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
                        partnerId: string;
                        title: string;
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        content?: {
                            summary?: string;
                            goals?: components["schemas"]["PlanGoalInput"][];
                            swot?: components["schemas"]["PlanSwotInput"];
                            marketScope?: components["schemas"]["PlanMarketScopeInput"];
                            playbook?: components["schemas"]["PlanPlaybookInput"];
                            initiatives?: components["schemas"]["PlanInitiativeInput"][];
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: joint business plans, the latest period first (a partner’s people: their own)
         * @description The rows of `GET /api/v1/business-plans` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `title`, `periodStart`, `periodEnd`, `status`, `current`, `version`, `statusComment`, `createdById`, `proposedAt`, `approvedAt`, `approvedById`, `closedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of draft, proposed, approved, closed, archived, comma-separated or repeated */
                    status?: string | string[];
                    current?: "true" | "false";
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
    "/api/v1/business-plans/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fiscal year and quarter presets for a plan’s period (the organisation’s fiscal calendar)
         * @description Access: any signed-in role; scope=partner.
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
                            data: components["schemas"]["PlanPeriodPreset"][];
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
    "/api/v1/business-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A joint business plan with its commitments and fulfilment per side
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
         * Delete a draft plan (others are archived)
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
         * Change a draft or proposed plan (each side its own parts; a new version)
         * @description Sections in `content` replace the plan’s whole section. The vendor sets the title and period; goals, initiatives and campaigns whose `side` is the other side’s are theirs alone (422 naming the item); the summary, SWOT, market scope, personas and messaging are joint. `baseVersion` guards against overwriting a newer version (409). An approved plan is sent back to draft first (422 naming `status`).
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        /** Format: date */
                        periodStart?: string;
                        /** Format: date */
                        periodEnd?: string;
                        content?: {
                            summary?: string;
                            goals?: components["schemas"]["PlanGoalInput"][];
                            swot?: components["schemas"]["PlanSwotInput"];
                            marketScope?: components["schemas"]["PlanMarketScopeInput"];
                            playbook?: components["schemas"]["PlanPlaybookInput"];
                            initiatives?: components["schemas"]["PlanInitiativeInput"][];
                        };
                        baseVersion?: number;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a draft plan to the partner (the vendor)
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
                        comment?: string;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposed plan (the partner’s admin)
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
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a plan back to draft: the partner’s admin a proposal, the vendor a proposal or an approved plan
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
                        comment?: string;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an approved plan at the end of its period (the vendor)
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
                        comment?: string;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a draft, proposed or closed plan (the vendor)
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
                        comment?: string;
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
                        "application/json": components["schemas"]["BusinessPlan"];
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
    "/api/v1/business-plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan’s history: every version, the latest first, with its field-level changes
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
                            data: components["schemas"]["PlanVersion"][];
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
    "/api/v1/business-plans/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The field-level changes between two versions of a plan
         * @description `to` defaults to the latest version; a version the plan does not have is a 422 naming `from` or `to`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query: {
                    from: number;
                    to?: number;
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
                        "application/json": components["schemas"]["PlanDiff"];
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
    "/api/v1/business-plans/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a commitment to a draft or proposed plan
         * @description The vendor’s admins and partner managers add either side’s; a partner’s people their own side’s (403 naming `side` otherwise). `ownerId` is a person of that side (422 otherwise); without one, the side’s managers answer for it.
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
                        /** @enum {string} */
                        side: "vendor" | "partner";
                        title: string;
                        description?: string;
                        /** Format: date */
                        dueDate: string;
                        ownerId?: string | null;
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
                        "application/json": components["schemas"]["PlanCommitment"];
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
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Commitments of joint business plans by due date (a partner’s people: their own plans’); `overdue=true` for the overdue ones
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    planId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    /** @description One or more of open, done, missed, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    ownerId?: string | string[];
                    overdue?: "true" | "false";
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
                            data: components["schemas"]["PlanCommitment"][];
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
    "/api/v1/commitments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: commitments of joint business plans by due date (a partner’s people: their own plans’); `overdue=true` for the overdue ones
         * @description The rows of `GET /api/v1/commitments` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `planId`, `planTitle`, `planStatus`, `partnerId`, `partnerName`, `side`, `title`, `description`, `dueDate`, `ownerId`, `owner`, `status`, `evidence`, `completedAt`, `completedById`, `completedBy`, `overdue`, `overdueNotifiedAt`, `credit`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    planId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of vendor, partner, comma-separated or repeated */
                    side?: string | string[];
                    /** @description One or more of open, done, missed, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    ownerId?: string | string[];
                    overdue?: "true" | "false";
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
    "/api/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a commitment
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
                        "application/json": components["schemas"]["PlanCommitment"];
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
         * Remove a commitment from a draft or proposed plan (its own side)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
         * Update a commitment: status and evidence (its own side only)
         * @description A partner’s people change their company’s partner-side commitments; the vendor’s admins, partner managers and the the vendor side’s; the other side gets 403. `done` records when (on or before the due day is on time); back to `open` clears it. Title and due date change only while the plan is a draft or a proposal.
         *
         *     Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        status?: "open" | "done" | "missed";
                        evidence?: string;
                        title?: string;
                        description?: string;
                        /** Format: date */
                        dueDate?: string;
                        ownerId?: string | null;
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
                        "application/json": components["schemas"]["PlanCommitment"];
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
    "/api/v1/commitments/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A commitment’s evidence files, newest first
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
         * Upload evidence for a commitment (its own side; PDF, Office, OpenDocument, image or text, ≤ 20 MiB)
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
    "/api/v1/directory-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every partner’s directory listing and where it stands (vendor staff)
         * @description Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "updatedAt" | "-updatedAt" | "partnerName" | "-partnerName";
                    /** @description One or more of listed, not_listed, hidden, draft, comma-separated or repeated */
                    status?: string | string[];
                    /** @description Partner name contains */
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
                            data: components["schemas"]["DirectoryListingSummary"][];
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
    "/api/v1/directory-listings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: every partner’s directory listing and where it stands (vendor staff)
         * @description The rows of `GET /api/v1/directory-listings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `lifecycleStage`, `status`, `published`, `publishedAt`, `hidden`, `hiddenReason`, `regions`, `industries`, `updatedAt`.
         *
         *     Access: admin, partner_manager, executive, finance; scope=none.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "updatedAt" | "-updatedAt" | "partnerName" | "-partnerName";
                    /** @description One or more of listed, not_listed, hidden, draft, comma-separated or repeated */
                    status?: string | string[];
                    /** @description Partner name contains */
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
                    /** @description Tier ids, as GET /directory/filters lists them (of any program) */
                    tier?: string | string[];
                    /** @description Tier names ("Gold"), matched in any program (or in `program`), case-insensitively */
                    tierName?: string | string[];
                    /** @description Partners in these programs (ids, as GET /directory/filters lists them) */
                    program?: string | string[];
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
    "/api/v1/governance-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Governance bodies (joint steering committees, program boards, working groups) with their members and rules
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
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
                            data: components["schemas"]["GovernanceBody"][];
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
    "/api/v1/partners/{id}/governance-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set up a governance body of an alliance
         * @description Members from both sides (vendor staff, the partner’s own users) with a role (chair, voting, observer) and an executive-sponsor flag. Decision rules, one per class, default to a simple majority of the votes cast for `operational` and more than 75% of the voting members for `major_investment`; the quorum defaults to 50%.
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
                        name: string;
                        /** @enum {string} */
                        kind: "joint_steering_committee" | "program_board" | "working_group" | "executive_review" | "custom";
                        purpose?: string;
                        cadence?: string;
                        quorumPercent?: number;
                        decisionRules?: components["schemas"]["GovernanceDecisionRuleInput"][];
                        partnerMayWriteMinutes?: boolean;
                        active?: boolean;
                        members?: {
                            /** Format: uuid */
                            userId: string;
                            /** @enum {string} */
                            role: "chair" | "voting" | "observer";
                            executiveSponsor?: boolean;
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
                        "application/json": components["schemas"]["GovernanceBody"];
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
    "/api/v1/governance-bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A governance body
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
                        "application/json": components["schemas"]["GovernanceBody"];
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
         * Delete a governance body with its decisions (its meetings stay)
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
         * Change a governance body; `members` replaces the member list
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
                        name?: string;
                        /** @enum {string} */
                        kind?: "joint_steering_committee" | "program_board" | "working_group" | "executive_review" | "custom";
                        purpose?: string;
                        cadence?: string;
                        quorumPercent?: number;
                        decisionRules?: components["schemas"]["GovernanceDecisionRuleInput"][];
                        partnerMayWriteMinutes?: boolean;
                        active?: boolean;
                        members?: {
                            /** Format: uuid */
                            userId: string;
                            /** @enum {string} */
                            role: "chair" | "voting" | "observer";
                            executiveSponsor?: boolean;
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
                        "application/json": components["schemas"]["GovernanceBody"];
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
    "/api/v1/governance-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The governance calendar: meetings by start (a partner’s people: their own alliance’s)
         * @description `from`/`to` bound the start (from inclusive, to exclusive); `sort=-startsAt` lists the latest first.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "startsAt" | "-startsAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    bodyId?: string | string[];
                    /** @description One or more of kickoff, qbr, jsc, alignment_workshop, working_session, executive_review, comma-separated or repeated */
                    kind?: string | string[];
                    /** @description One or more of scheduled, held, cancelled, comma-separated or repeated */
                    status?: string | string[];
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
                            data: components["schemas"]["GovernanceMeeting"][];
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
    "/api/v1/governance-meetings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the governance calendar: meetings by start (a partner’s people: their own alliance’s)
         * @description The rows of `GET /api/v1/governance-meetings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `bodyId`, `body`, `kind`, `title`, `startsAt`, `durationMinutes`, `location`, `status`, `minutesUpdatedAt`, `minutesById`, `partnerMayWriteMinutes`, `sequence`, `heldAt`, `cancelledAt`, `cancelReason`, `createdById`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "startsAt" | "-startsAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    bodyId?: string | string[];
                    /** @description One or more of kickoff, qbr, jsc, alignment_workshop, working_session, executive_review, comma-separated or repeated */
                    kind?: string | string[];
                    /** @description One or more of scheduled, held, cancelled, comma-separated or repeated */
                    status?: string | string[];
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
    "/api/v1/partners/{id}/governance-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a governance meeting; invitees get a calendar invitation (.ics) by e-mail
         * @description Invitees default to the body’s members (its executive sponsors as sponsors). A meeting still ahead sends each invitee an e-mail with an iCalendar METHOD:REQUEST (stable UID per meeting); one in the past is recorded without.
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
                        bodyId?: string | null;
                        /** @enum {string} */
                        kind: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
                        title: string;
                        /** Format: date-time */
                        startsAt: string;
                        durationMinutes?: number;
                        location?: string;
                        agenda?: components["schemas"]["GovernanceAgendaItemInput"][];
                        attendeeIds?: string[];
                        sponsorIds?: string[];
                        partnerMayWriteMinutes?: boolean;
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting with its agenda, attendance, minutes, decisions (with votes) and action items
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
                        "application/json": components["schemas"]["GovernanceMeetingDetail"];
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
         * Change a scheduled meeting; invitees get the updated invitation (SEQUENCE + 1)
         * @description `attendeeIds` replaces the invitees: people taken off get a METHOD:CANCEL, newcomers the invitation.
         *
         *     Access: admin, partner_manager; scope=partner.
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
                        kind?: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
                        title?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        durationMinutes?: number;
                        location?: string;
                        agenda?: components["schemas"]["GovernanceAgendaItemInput"][];
                        attendeeIds?: string[];
                        sponsorIds?: string[];
                        partnerMayWriteMinutes?: boolean;
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-meetings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting as an iCalendar file (its current SEQUENCE; CANCEL for a cancelled meeting)
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
                /** @description Problem details (RFC 9457) */
                "4XX": {
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
    "/api/v1/governance-meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled meeting; invitees get a METHOD:CANCEL for the same UID
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-meetings/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a scheduled meeting held, with who attended and the minutes
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
                        attendance?: {
                            /** Format: uuid */
                            userId: string;
                            attended: boolean;
                        }[];
                        minutes?: string;
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record who attended (sponsor attendance is counted from it)
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
                        attendance: {
                            /** Format: uuid */
                            userId: string;
                            attended: boolean;
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the minutes (the partner’s people too, where the vendor allowed it)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        minutes: string;
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
                        "application/json": components["schemas"]["GovernanceMeeting"];
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
    "/api/v1/governance-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decisions of governance bodies with their votes, the latest opened first (at most 500)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    bodyId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    meetingId?: string | string[];
                    /** @description One or more of open, passed, failed, comma-separated or repeated */
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
                            data: components["schemas"]["GovernanceDecision"][];
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
    "/api/v1/governance-bodies/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a decision to the vote of a body, under the rule of its class
         * @description The body’s rule for `decisionClass` and its quorum are copied onto the decision with its voting members of the moment, who alone may vote. Nobody sets the outcome: the rule decides when everyone has voted or the vote is closed.
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
                        meetingId?: string | null;
                        title: string;
                        description?: string;
                        decisionClass: string;
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
                        "application/json": components["schemas"]["GovernanceDecision"];
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
    "/api/v1/governance-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A decision with its rule, votes and result
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
                        "application/json": components["schemas"]["GovernanceDecision"];
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
    "/api/v1/governance-decisions/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Cast or change your own vote (voting members of the body, while the vote is open)
         * @description When every voting member has voted, the vote closes and the body’s rule decides.
         *
         *     Access: any signed-in role; scope=partner.
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
                        /** @enum {string} */
                        vote: "for" | "against" | "abstain";
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
                        "application/json": components["schemas"]["GovernanceDecision"];
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
    "/api/v1/governance-decisions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the vote: the body’s rule (quorum, threshold) decides passed or failed
         * @description Access: any signed-in role; scope=partner.
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
                        "application/json": components["schemas"]["GovernanceDecision"];
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
    "/api/v1/governance-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Governance action items by due date (a partner’s people: their own alliance’s)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of open, done, cancelled, comma-separated or repeated */
                    status?: string | string[];
                    overdue?: "true" | "false";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    ownerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    meetingId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    decisionId?: string | string[];
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
                            data: components["schemas"]["GovernanceAction"][];
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
    "/api/v1/governance-actions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: governance action items by due date (a partner’s people: their own alliance’s)
         * @description The rows of `GET /api/v1/governance-actions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `meetingId`, `decisionId`, `title`, `notes`, `ownerId`, `owner`, `side`, `dueOn`, `status`, `overdue`, `closedAt`, `remindedOn`, `createdById`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of open, done, cancelled, comma-separated or repeated */
                    status?: string | string[];
                    overdue?: "true" | "false";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    ownerId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    meetingId?: string | string[];
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    decisionId?: string | string[];
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
    "/api/v1/partners/{id}/governance-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give someone of either side an action item, linked to a meeting or decision
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
                        meetingId?: string | null;
                        decisionId?: string | null;
                        title: string;
                        notes?: string;
                        /** Format: uuid */
                        ownerId: string;
                        /** Format: date */
                        dueOn: string;
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
                        "application/json": components["schemas"]["GovernanceAction"];
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
    "/api/v1/governance-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An action item
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
                        "application/json": components["schemas"]["GovernanceAction"];
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
         * Update an action item: its owner marks it done; the manager changes owner and due date
         * @description Access: any signed-in role; scope=partner.
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
                        status?: "open" | "done" | "cancelled";
                        notes?: string;
                        title?: string;
                        /** Format: uuid */
                        ownerId?: string;
                        /** Format: date */
                        dueOn?: string;
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
                        "application/json": components["schemas"]["GovernanceAction"];
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
    "/api/v1/partners/{id}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alliance’s governance at a glance: last review, next meeting, sponsor attendance, open and overdue actions
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
                        "application/json": components["schemas"]["GovernanceSummary"];
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
    "/api/v1/imports/risks/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The columns an import of risks takes, with the headers it recognises
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
    "/api/v1/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideas in the innovation funnel (a partner’s people: their company’s), newest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "-createdAt" | "createdAt" | "-stageChangedAt" | "stageChangedAt" | "title" | "-title";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submission, feasibility, prototype, pilot, launch, stopped, comma-separated or repeated */
                    stage?: string | string[];
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
                            data: components["schemas"]["InnovationIdea"][];
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
    "/api/v1/ideas/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: ideas in the innovation funnel (a partner’s people: their company’s), newest first
         * @description The rows of `GET /api/v1/ideas` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `title`, `problem`, `proposal`, `expectedValue`, `stage`, `stopReason`, `stoppedAt`, `submittedById`, `submittedBy`, `stageChangedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "-createdAt" | "createdAt" | "-stageChangedAt" | "stageChangedAt" | "title" | "-title";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submission, feasibility, prototype, pilot, launch, stopped, comma-separated or repeated */
                    stage?: string | string[];
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
    "/api/v1/ideas/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many ideas are at each stage (submission → feasibility → prototype → pilot → launch, or stopped)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
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
                        "application/json": components["schemas"]["IdeaFunnel"];
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
    "/api/v1/partners/{id}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an idea for joint innovation (the partner’s people, or the alliance’s managers for it)
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
                        title: string;
                        /** @description The customer problem it solves */
                        problem?: string;
                        /** @description What to build together */
                        proposal: string;
                        /** @description The value it could bring, to whom */
                        expectedValue?: string;
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
    "/api/v1/ideas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An idea with its reviewers, scores and stage decisions
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
         * Change an idea still at submission (whoever submitted it, its company’s admin, the alliance’s managers)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        /** @description The customer problem it solves */
                        problem?: string;
                        /** @description What to build together */
                        proposal?: string;
                        /** @description The value it could bring, to whom */
                        expectedValue?: string;
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
    "/api/v1/ideas/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name the idea’s reviewers (vendor admins, partner managers, executives)
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
                        reviewerIds: string[];
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
    "/api/v1/ideas/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Score an idea’s value and feasibility, 1–5 (an assigned reviewer)
         * @description Access: admin, partner_manager, executive; scope=none.
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
                        value: number;
                        feasibility: number;
                        comment?: string;
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
    "/api/v1/ideas/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an idea’s stage: on to the next stage, or stopped with a reason
         * @description An idea moves one stage at a time (submission → feasibility → prototype → pilot → launch) or is stopped; launch and stopped are final (422 naming `stage`; a stop without `reason`: 422 naming `reason`).
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
                        stage: "submission" | "feasibility" | "prototype" | "pilot" | "launch" | "stopped";
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
                        "application/json": components["schemas"]["InnovationIdea"];
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
    "/api/v1/partners/{id}/offboarding-runbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner's off-boarding runbooks, the latest first
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
                            data: components["schemas"]["OffboardingRunbook"][];
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
    "/api/v1/offboarding-items/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an off-boarding runbook item done, with a note (and the settlement with its amount)
         * @description `end_access` deactivates every user of the partner (their sessions and API tokens stop working); `archive_plans` cancels its onboarding in progress. The last item finishes the runbook, which lets the partner be terminated (`POST /api/v1/partners/{id}/stage-transitions`).
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
                        note: string;
                        /** @description The settlement item only: the amount settled, 0 when nothing is owed */
                        amount?: {
                            amount: number;
                            currency: string;
                        } | null;
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
                        "application/json": components["schemas"]["OffboardingRunbook"];
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
         * @description The rows of `GET /api/v1/onboardings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `templateId`, `name`, `status`, `startOn`, `startedAt`, `startedById`, `completedAt`, `cancelledAt`, `cancelReason`, `daysToOnboard`, `createdAt`, `updatedAt`.
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
         * @description The rows of `GET /api/v1/partners/:id/onboardings` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `templateId`, `name`, `status`, `startOn`, `startedAt`, `startedById`, `completedAt`, `cancelledAt`, `cancelReason`, `daysToOnboard`, `createdAt`, `updatedAt`.
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
                    /** @description One or more of open, done, cancelled, comma-separated or repeated */
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
         * @description The rows of `GET /api/v1/onboarding-tasks` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `onboardingId`, `partnerId`, `partnerName`, `position`, `title`, `description`, `ownerSide`, `ownerRole`, `required`, `requirement`, `dueOn`, `overdue`, `status`, `assigneeId`, `assignee`, `completedAt`, `completedById`, `completedBy`, `acknowledgedAt`, `note`, `cancelledAt`, `cancelledById`, `cancelReason`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    /** @description One or more of open, done, cancelled, comma-separated or repeated */
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
    "/api/v1/onboarding-tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open onboarding task that does not apply, with the reason
         * @description A cancelled task no longer counts towards completion or overdue; cancelling the last open required task completes the onboarding. Whoever manages the onboarding; 409 for a task that is not open.
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
    "/api/v1/onboarding-tasks/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may be given this task: vendor staff for a vendor-side task, the partner’s active users for its own
         * @description Access: admin, partner_manager; scope=partner.
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
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
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
    "/api/v1/programs/{id}/tier-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the program’s tiers: `tierIds` lowest first, each tier once (they swap ranks)
         * @description Access: admin, partner_manager; scope=none.
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
                        /** @description Every tier of the program, lowest first */
                        tierIds: string[];
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
    "/r/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a referral link (public): counts the click and redirects to the vendor’s page
         * @description Sets the first-party referral cookie (consort_ref) for the cookie window unless the visitor already holds one inside it (first touch), and redirects (302) to the link’s destination with `consort_ref` added. An unknown or archived code is 404; clicks beyond 120 an hour from one address still redirect but are not counted.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
    "/api/v1/referrals/track/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a sign-up from the vendor’s site (public, tracking key)
         * @description Called by the vendor’s site (no sign-in) with the organisation’s tracking key. The answer is the same whether or not a partner is credited; a wrong key is 400 with a detail naming `key`; more than 600 calls an hour from one address is 429 with Retry-After.
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
                        /** @description The organisation’s referral tracking key */
                        key: string;
                        /** @description The visitor’s referral token (the consort_ref cookie or query parameter) */
                        ref?: string;
                        /** @description A referral code the customer typed */
                        code?: string;
                        customer: {
                            /** @description The customer’s id on the vendor’s side */
                            id: string;
                            /** @description The customer’s e-mail or web domain */
                            domain?: string;
                        };
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
                        "application/json": components["schemas"]["ReferralTrackAccepted"];
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
    "/api/v1/referrals/track/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a customer’s first payment from the vendor’s site (public, tracking key)
         * @description Called by the vendor’s site (no sign-in) with the organisation’s tracking key. The answer is the same whether or not a partner is credited; a wrong key is 400 with a detail naming `key`; more than 600 calls an hour from one address is 429 with Retry-After. A credited customer accrues the partner’s commission at its program’s rate.
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
                        /** @description The organisation’s referral tracking key */
                        key: string;
                        /** @description The visitor’s referral token (the consort_ref cookie or query parameter) */
                        ref?: string;
                        /** @description A referral code the customer typed */
                        code?: string;
                        customer: {
                            /** @description The customer’s id on the vendor’s side */
                            id: string;
                            /** @description The customer’s e-mail or web domain */
                            domain?: string;
                        };
                        amount: number;
                        currency: string;
                        /** Format: date-time */
                        paidAt?: string;
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
                        "application/json": components["schemas"]["ReferralTrackAccepted"];
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
    "/api/v1/referrals/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The referral program settings: cookie window, allowed destinations, tracking key hint
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
                        "application/json": components["schemas"]["ReferralSettings"];
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
         * Change the cookie window or the allowed destination domains
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
                        cookieDays?: number;
                        allowedDomains?: string[];
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
                        "application/json": components["schemas"]["ReferralSettings"];
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
    "/api/v1/referrals/settings/tracking-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a new tracking key (shown once; the old one stops working)
         * @description Access: admin; scope=none.
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
                        "application/json": components["schemas"]["ReferralTrackingKey"];
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
    "/api/v1/referrals/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referral figures per partner (links, clicks, sign-ups, customers, commissions) and per month
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
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
                        "application/json": components["schemas"]["ReferralSummary"];
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
    "/api/v1/referral-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referral links, newest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
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
                            data: components["schemas"]["ReferralLink"][];
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
         * Make a referral link for a partner
         * @description The destination must be an https page on one of the allowed domains (referral settings): never an open redirect (422 naming `destinationUrl`). Without a `code`, one is made from the partner’s name; a taken code is 409 naming `code`.
         *
         *     Access: admin, partner_manager, partner_admin; scope=partner.
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
                        partnerId?: string;
                        destinationUrl: string;
                        label?: string;
                        code?: string;
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
                        "application/json": components["schemas"]["ReferralLink"];
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
    "/api/v1/referral-links/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: referral links, newest first
         * @description The rows of `GET /api/v1/referral-links` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `code`, `url`, `destinationUrl`, `label`, `active`, `clicks`, `createdAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
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
    "/api/v1/referral-links/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a referral link (its short link stops redirecting; its figures stay)
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferralLink"];
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
    "/api/v1/referral-conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign-ups and paying customers attributed to partners, newest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of signup, customer, comma-separated or repeated */
                    kind?: string | string[];
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
                            data: components["schemas"]["ReferralConversion"][];
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
    "/api/v1/referral-conversions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: sign-ups and paying customers attributed to partners, newest first
         * @description The rows of `GET /api/v1/referral-conversions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `kind`, `customerRef`, `customerDomain`, `amount`, `amountCurrency`, `via`, `linkCode`, `occurredAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of signup, customer, comma-separated or repeated */
                    kind?: string | string[];
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
    "/api/v1/referral-commissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Commissions accrued on referred customers (a ledger), newest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of accrued, approved, paid, comma-separated or repeated */
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
                            data: components["schemas"]["ReferralCommission"][];
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
    "/api/v1/referral-commissions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: commissions accrued on referred customers (a ledger), newest first
         * @description The rows of `GET /api/v1/referral-commissions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `customerRef`, `base`, `baseCurrency`, `ratePercent`, `commission`, `commissionCurrency`, `status`, `accruedAt`, `approvedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of accrued, approved, paid, comma-separated or repeated */
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
    "/api/v1/referral-commissions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an accrued commission
         * @description Access: admin, finance; scope=none.
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
                        "application/json": components["schemas"]["ReferralCommission"];
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
    "/api/v1/referral-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers partners referred by hand, newest first
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submitted, accepted, rejected, converted, comma-separated or repeated */
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
                            data: components["schemas"]["ReferralSubmission"][];
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
         * Refer a customer (company, domain, contact, note)
         * @description A partner’s people refer for their own company; vendor staff on a partner’s behalf name it. Emits `referral.submitted` (the leads module makes it a lead).
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
                        /** Format: uuid */
                        partnerId?: string;
                        companyName: string;
                        domain?: string;
                        contactName?: string;
                        /** Format: email */
                        contactEmail?: string;
                        note?: string;
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
                        "application/json": components["schemas"]["ReferralSubmission"];
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
    "/api/v1/referral-submissions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: customers partners referred by hand, newest first
         * @description The rows of `GET /api/v1/referral-submissions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `companyName`, `domain`, `contactName`, `contactEmail`, `note`, `status`, `submittedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of submitted, accepted, rejected, converted, comma-separated or repeated */
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
    "/api/v1/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The risk register: every partner’s, or one’s (`partnerId`), highest score first
         * @description Filter by `status`, `category`, `band`, a heat-map cell (`likelihood` and `impact`), `live` (open or mitigating) and `reviewOverdue`. A partner’s people see the risks shared with their company.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "score" | "-score" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of open, mitigating, closed, accepted, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of financial, security, legal_compliance, strategic, operational, reputational, comma-separated or repeated */
                    category?: string | string[];
                    /** @description One or more of low, medium, significant, high, comma-separated or repeated */
                    band?: string | string[];
                    likelihood?: number;
                    impact?: number;
                    live?: "true" | "false";
                    reviewOverdue?: "true" | "false";
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
                            data: components["schemas"]["Risk"][];
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
    "/api/v1/risks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: the risk register: every partner’s, or one’s (`partnerId`), highest score first
         * @description The rows of `GET /api/v1/risks` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `title`, `description`, `category`, `likelihood`, `impact`, `score`, `band`, `status`, `ownerId`, `owner`, `reviewOn`, `reviewOverdue`, `shared`, `raisedBy`, `createdById`, `closedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "score" | "-score" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                    /** @description One or more of record ids (UUIDs), comma-separated or repeated */
                    partnerId?: string | string[];
                    /** @description One or more of open, mitigating, closed, accepted, comma-separated or repeated */
                    status?: string | string[];
                    /** @description One or more of financial, security, legal_compliance, strategic, operational, reputational, comma-separated or repeated */
                    category?: string | string[];
                    /** @description One or more of low, medium, significant, high, comma-separated or repeated */
                    band?: string | string[];
                    likelihood?: number;
                    impact?: number;
                    live?: "true" | "false";
                    reviewOverdue?: "true" | "false";
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
    "/api/v1/risks/heat-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live risks per likelihood × impact cell (5 × 5): the portfolio’s, or one partner’s (`partnerId`)
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
                        "application/json": components["schemas"]["RiskHeatMap"];
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
    "/api/v1/partners/{id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raise a risk on a partner’s alliance
         * @description Vendor staff choose whether the partner sees it (`shared`, default false). A risk the partner’s people raise is open, shared, owned by them unless they name someone, and its partner manager is told.
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
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        category: "financial" | "security" | "legal_compliance" | "strategic" | "operational" | "reputational";
                        /** @description 1 rare … 5 almost certain */
                        likelihood: number;
                        /** @description 1 negligible … 5 severe */
                        impact: number;
                        /** @description Vendor staff, or (on a shared risk) one of the partner’s people */
                        ownerId?: string | null;
                        /** @description Next review; once passed, the owner is reminded */
                        reviewOn?: string | null;
                        /** @enum {string} */
                        status?: "open" | "mitigating" | "closed" | "accepted";
                        /** @description Vendor only: show it to the partner's people (a partner's own risk is always shared) */
                        shared?: boolean;
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
                        "application/json": components["schemas"]["Risk"];
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
    "/api/v1/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a risk with its mitigation actions
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
                        "application/json": components["schemas"]["Risk"];
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
         * Delete a risk (recorded in error; otherwise close or accept it)
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
         * Change a risk: re-rate it, move its status, reschedule its review, share it
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        description?: string;
                        /** @enum {string} */
                        category?: "financial" | "security" | "legal_compliance" | "strategic" | "operational" | "reputational";
                        /** @description 1 rare … 5 almost certain */
                        likelihood?: number;
                        /** @description 1 negligible … 5 severe */
                        impact?: number;
                        /** @description Vendor staff, or (on a shared risk) one of the partner’s people */
                        ownerId?: string | null;
                        /** @description Next review; once passed, the owner is reminded */
                        reviewOn?: string | null;
                        /** @enum {string} */
                        status?: "open" | "mitigating" | "closed" | "accepted";
                        /** @description Vendor only: show it to the partner's people (a partner's own risk is always shared) */
                        shared?: boolean;
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
                        "application/json": components["schemas"]["Risk"];
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
    "/api/v1/risks/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a mitigation action (an open risk becomes mitigating); answers the risk
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
                        title: string;
                        ownerId?: string | null;
                        dueOn?: string | null;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "cancelled";
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
                        "application/json": components["schemas"]["Risk"];
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
    "/api/v1/risk-actions/{id}": {
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
         * Delete a mitigation action
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
         * Update a mitigation action; answers its risk
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        ownerId?: string | null;
                        dueOn?: string | null;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "cancelled";
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
                        "application/json": components["schemas"]["Risk"];
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
         * Delete a tier no partner holds (409 while partners are in it)
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
    "/api/v1/partners/{id}/value-propositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of an alliance’s joint value proposition: drafts, then published versions newest first
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
                            data: components["schemas"]["ValueProposition"][];
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
         * Propose a new version of the joint value proposition (a draft of the caller’s side)
         * @description Either side proposes: the alliance’s managers for the vendor, the partner’s people in the portal. The draft is edited by its side and published by the vendor (`POST /value-propositions/{id}/publish`).
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
                        title: string;
                        /** @description The business outcome: "cut unplanned downtime by a third" */
                        outcome: string;
                        /** @description Who it is for: "mid-sized hospital groups in the DACH region" */
                        targetCustomer: string;
                        /** @description How the joint solution does it */
                        how: string;
                        differentiators: string[];
                        proofPoints: string[];
                        calculator: components["schemas"]["ValueCalculatorModelInput"];
                        /** @description Why this version: what changed */
                        note?: string;
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
                        "application/json": components["schemas"]["ValueProposition"];
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
    "/api/v1/partners/{id}/value-propositions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: every version of an alliance’s joint value proposition: drafts, then published versions newest first
         * @description The rows of `GET /api/v1/partners/:id/value-propositions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `version`, `status`, `proposedBy`, `basedOnId`, `title`, `statement`, `outcome`, `targetCustomer`, `how`, `differentiators`, `proofPoints`, `note`, `createdById`, `createdBy`, `publishedAt`, `publishedById`, `publishedBy`, `createdAt`, `updatedAt`.
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
    "/api/v1/partners/{id}/value-proposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An alliance’s current (published) joint value proposition, or null
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
                        "application/json": components["schemas"]["CurrentValueProposition"];
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
    "/api/v1/value-propositions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of a joint value proposition
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
                        "application/json": components["schemas"]["ValueProposition"];
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
         * Change a draft (its own side)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        /** @description The business outcome: "cut unplanned downtime by a third" */
                        outcome?: string;
                        /** @description Who it is for: "mid-sized hospital groups in the DACH region" */
                        targetCustomer?: string;
                        /** @description How the joint solution does it */
                        how?: string;
                        differentiators?: string[];
                        proofPoints?: string[];
                        calculator?: components["schemas"]["ValueCalculatorModelInput"];
                        /** @description Why this version: what changed */
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
                        "application/json": components["schemas"]["ValueProposition"];
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
    "/api/v1/value-propositions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a draft (its side, or the alliance’s managers); it stays in the history
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueProposition"];
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
    "/api/v1/value-propositions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft: it becomes the current version, the one before is superseded
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
                        "application/json": components["schemas"]["ValueProposition"];
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
    "/api/v1/value-propositions/{id}/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a version’s value calculator with a customer’s numbers, keeping nothing
         * @description ROI (3-year net benefit over 3-year cost), payback in months and the 3-year net benefit, in whole minor units. Amounts must be in the proposition’s currency (422 naming the field).
         *
         *     Access: any signed-in role; scope=partner.
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
                        inputs: components["schemas"]["ValueCalculatorInputsInput"];
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
                        "application/json": components["schemas"]["ValueCalculatorResult"];
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
    "/api/v1/value-propositions/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep a workshop’s numbers and result as a calculator session of the published version
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
                        customerName: string;
                        inputs: components["schemas"]["ValueCalculatorInputsInput"];
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
                        "application/json": components["schemas"]["ValueSession"];
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
    "/api/v1/value-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Value calculator sessions, newest first (a partner’s people: their alliance’s)
         * @description Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    sort?: "-createdAt" | "createdAt" | "customerName" | "-customerName";
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
                            data: components["schemas"]["ValueSession"][];
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
    "/api/v1/value-sessions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export as CSV or Excel: value calculator sessions, newest first (a partner’s people: their alliance’s)
         * @description The rows of `GET /api/v1/value-sessions` with the same filters (`limit` and `cursor` aside), every page, as `text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (formula injection); numbers stay numbers. Columns: `id`, `partnerId`, `partnerName`, `propositionId`, `propositionTitle`, `propositionVersion`, `customerName`, `side`, `createdById`, `createdBy`, `sharedAt`, `shareExpiresAt`, `shareRevokedAt`, `shareViews`, `shareLastViewedAt`, `createdAt`, `updatedAt`.
         *
         *     Access: any signed-in role; scope=partner.
         */
        get: {
            parameters: {
                query?: {
                    sort?: "-createdAt" | "createdAt" | "customerName" | "-customerName";
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
    "/api/v1/value-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One calculator session
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
                        "application/json": components["schemas"]["ValueSession"];
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
         * Delete a calculator session (and its shared page)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
    "/api/v1/value-sessions/{id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a session as a public read-only page (a new link; the token is shown once)
         * @description The link opens the statement, the customer’s numbers and the result, without sign-in, until `expiresInDays` (1–90, default 30) have passed or it is revoked. Sharing again replaces the link.
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
                        /** @default 30 */
                        expiresInDays?: number;
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
                        "application/json": components["schemas"]["ValueShareLink"];
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
         * Revoke a session’s shared page
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueSession"];
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/value-shares/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shared value calculation (public, no sign-in)
         * @description The statement, the customer’s numbers and the result — nothing else. An unknown, revoked or expired token is 404; more than a few dozen opens per client IP per hour is 429 with Retry-After.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                        "application/json": components["schemas"]["SharedValuePage"];
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
    "/api/v1/partners/{id}/value-simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An alliance’s value-capture simulations, with their results
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
                            data: components["schemas"]["ValueSimulation"][];
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
         * Keep a value-capture simulation of a joint offering
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
                        name: string;
                        offering: components["schemas"]["JointOfferingInput"];
                        parties: components["schemas"]["ValueCapturePartyInput"][];
                        /** @description Price scenarios, basis points of the list price (8000 = a 20 % discount) */
                        pricePointsBp: number[];
                        volumes: number[];
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
                        "application/json": components["schemas"]["ValueSimulation"];
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
    "/api/v1/partners/{id}/value-simulations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Each side’s earnings under price and volume scenarios, with fairness, keeping nothing
         * @description Access: any signed-in role; scope=partner.
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
                        offering: components["schemas"]["JointOfferingInput"];
                        parties: components["schemas"]["ValueCapturePartyInput"][];
                        /** @description Price scenarios, basis points of the list price (8000 = a 20 % discount) */
                        pricePointsBp: number[];
                        volumes: number[];
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
                        "application/json": components["schemas"]["ValueCaptureResult"];
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
    "/api/v1/value-simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One value-capture simulation with its result
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
                        "application/json": components["schemas"]["ValueSimulation"];
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
         * Delete a simulation (the side that made it)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
         * Change a simulation (the side that made it)
         * @description Access: admin, partner_manager, partner_admin, partner_user; scope=partner.
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
                        offering?: components["schemas"]["JointOfferingInput"];
                        parties?: components["schemas"]["ValueCapturePartyInput"][];
                        /** @description Price scenarios, basis points of the list price (8000 = a 20 % discount) */
                        pricePointsBp?: number[];
                        volumes?: number[];
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
                        "application/json": components["schemas"]["ValueSimulation"];
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
    "/api/v1/imports/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import risks from CSV (dry run or commit)
         * @description The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or `map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. Columns: `partner` (required), `title` (required), `description`, `category` (required), `likelihood` (required), `impact` (required), `reviewOn`, `shared`.
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
        Alliance: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            type: "referral" | "reseller" | "co_sell" | "oem_embedded" | "co_development" | "joint_venture" | "co_licensing" | "co_investment" | "other";
            /**
             * @description ASAP alliance life-cycle phase
             * @enum {string}
             */
            phase: "strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination";
            /**
             * @description Current development stage
             * @enum {string}
             */
            stage: "strategic_fit" | "joint_value_proposition" | "agreement_negotiation" | "gtm_activation" | "performance_review";
            /** Format: date-time */
            startedAt: string;
            startedBy: components["schemas"]["AlliancePerson"] | null;
            sponsors: {
                vendor: components["schemas"]["AlliancePerson"] | null;
                partner: {
                    /** @enum {string} */
                    kind: "user" | "contact";
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string;
                    title: string;
                } | null;
            };
            /** @description Sides with a named executive sponsor, 0–2 */
            sponsorsNamed: number;
            design: components["schemas"]["AllianceDesign"];
            designChecks: {
                /** @enum {string} */
                dimension: "valueProposition" | "marketScope" | "investment" | "governance" | "performance";
                explicit: boolean;
                missing: string[];
            }[];
            /** @description Commercial dimensions designed explicitly, 0–5 */
            designExplicit: number;
            stages: {
                /** @enum {string} */
                stage: "strategic_fit" | "joint_value_proposition" | "agreement_negotiation" | "gtm_activation" | "performance_review";
                current: boolean;
                items: {
                    key: string;
                    label: string;
                    vendor: components["schemas"]["AllianceTick"] | null;
                    partner: components["schemas"]["AllianceTick"] | null;
                }[];
                itemCount: number;
                vendorDone: number;
                partnerDone: number;
                bothDone: number;
                /** @description Every item ticked by both sides */
                complete: boolean;
                /** @description Both sides ticked at least one item */
                bilateral: boolean;
            }[];
            phaseHistory: {
                fromPhase: ("strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination") | null;
                /** @enum {string} */
                toPhase: "strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination";
                note: string;
                actor: components["schemas"]["AlliancePerson"] | null;
                /** Format: date-time */
                occurredAt: string;
            }[];
            qualification: components["schemas"]["AllianceQualificationSummary"] | null;
            can: {
                edit: boolean;
                editPartnerSide: boolean;
                tick: boolean;
                qualify: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AllianceAlert: {
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            ownerId: string | null;
            reasons: components["schemas"]["AllianceAlertReason"][];
            failureModes: components["schemas"]["AllianceFailureMode"][];
            flaggedSince: string | null;
        };
        AllianceAlertReason: {
            /** @enum {string} */
            code: "no_executive_sponsor" | "no_current_plan" | "no_recent_review" | "commitment_asymmetry";
            message: string;
            /** @description The metric that shows it, e.g. governance.days_since_review */
            metric: string;
            /** @description Its value: the evidence */
            value: number | null;
        };
        AllianceDesign: {
            valueProposition: {
                /** @description “Together, X and Y enable <outcome> for <customer> by …” */
                statement: string;
                targetCustomer: string;
                outcome: string;
                /**
                 * @description Tested with customers of the target segment
                 * @default false
                 */
                customerValidated: boolean;
            };
            marketScope: {
                segments: string[];
                territories: string[];
                solutionCategories: string[];
            };
            investment: {
                vendor: components["schemas"]["AllianceSideInvestment"];
                partner: components["schemas"]["AllianceSideInvestment"];
            };
            governance: {
                cadence: ("monthly" | "quarterly" | "semiannual" | "annual") | null;
                decisionRights: string;
                escalationPath: string;
            };
            performance: {
                metrics: {
                    name: string;
                    /** @enum {string} */
                    side: "vendor" | "partner" | "joint";
                    /** @default  */
                    target: string;
                }[];
                frequency: ("monthly" | "quarterly" | "semiannual" | "annual") | null;
                consequences: string;
            };
            valueCapture: {
                vendor: components["schemas"]["AllianceValueCapture"][];
                partner: components["schemas"]["AllianceValueCapture"][];
            };
        };
        AllianceFailureMode: {
            /** @enum {string} */
            code: "designation_without_governance" | "jvp_without_deployment" | "asymmetric_commitment";
            label: string;
            evidence: {
                metric: string;
                value: number | null;
                message: string;
            }[];
        };
        AlliancePerson: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
        };
        AlliancePortfolio: {
            asOf: string;
            thresholds: {
                reviewWithinDays: number;
                maxAsymmetry: number;
            };
            metrics: {
                key: string;
                label: string;
                unit: string;
                measured: boolean;
            }[];
            data: components["schemas"]["AlliancePortfolioRow"][];
        };
        AlliancePortfolioRow: {
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            lifecycleStage: string;
            designation: string;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            /** @description Each portfolio metric by key */
            measures: {
                [key: string]: {
                    /** @description False when no installed module provides the metric ("not measured") */
                    measured: boolean;
                    value: number | null;
                };
            };
            flagged: boolean;
            reasons: components["schemas"]["AllianceAlertReason"][];
            failureModes: components["schemas"]["AllianceFailureMode"][];
            nextMeetingOn: string | null;
        };
        AllianceQualificationRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            /** @enum {string} */
            side: "vendor" | "partner";
            scores: {
                marketAccess: {
                    score: number;
                    notes: string;
                };
                capability: {
                    score: number;
                    notes: string;
                };
                commitment: {
                    score: number;
                    notes: string;
                };
                alignment: {
                    score: number;
                    notes: string;
                };
            };
            summary: string;
            assessedBy: components["schemas"]["AlliancePerson"] | null;
            /** Format: date-time */
            assessedAt: string;
            /** @enum {string} */
            recommendation: "strategic_candidate" | "premier_tier_only";
            provisional: boolean;
            scorePercent: number;
            reasons: string[];
        };
        AllianceQualificationSummary: {
            /** @enum {string} */
            recommendation: "strategic_candidate" | "premier_tier_only";
            /** @description Only one side has scored so far */
            provisional: boolean;
            /** @description Combined scores over the maximum, 20–100 */
            scorePercent: number;
            dimensions: {
                /** @enum {string} */
                dimension: "marketAccess" | "capability" | "commitment" | "alignment";
                vendor: number | null;
                partner: number | null;
                /** @description The lower of the two sides */
                combined: number;
                /** @description The sides are 2 or more points apart */
                disagreement: boolean;
            }[];
            reasons: string[];
            /** Format: date-time */
            lastRunAt: string;
            /** @description The annual re-run is due (YYYY-MM-DD) */
            dueOn: string;
            overdue: boolean;
        };
        AllianceSideInvestment: {
            /**
             * @description Co-marketing budget a year
             * @default null
             */
            coMarketingBudget: {
                amount: number;
                currency: string;
            } | null;
            /**
             * @description Pre-sales people assigned
             * @default null
             */
            presalesPeople: number | null;
            /** @default null */
            engineeringDaysPerQuarter: number | null;
            /** @default null */
            executiveHoursPerQuarter: number | null;
            /** @default  */
            notes: string;
        };
        AllianceSideInvestmentInput: {
            /**
             * @description Co-marketing budget a year
             * @default null
             */
            coMarketingBudget: {
                amount: number;
                currency: string;
            } | null;
            /**
             * @description Pre-sales people assigned
             * @default null
             */
            presalesPeople: number | null;
            /** @default null */
            engineeringDaysPerQuarter: number | null;
            /** @default null */
            executiveHoursPerQuarter: number | null;
            /** @default  */
            notes: string;
        };
        AllianceState: {
            /** Format: uuid */
            partnerId: string;
            alliance: components["schemas"]["Alliance"] | null;
        };
        AllianceSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            type: "referral" | "reseller" | "co_sell" | "oem_embedded" | "co_development" | "joint_venture" | "co_licensing" | "co_investment" | "other";
            /** @enum {string} */
            phase: "strategy" | "partner_selection" | "negotiation" | "operational_planning" | "structuring_governance" | "launch_management" | "transformation" | "termination";
            /** @enum {string} */
            stage: "strategic_fit" | "joint_value_proposition" | "agreement_negotiation" | "gtm_activation" | "performance_review";
            sponsorsNamed: number;
            designExplicit: number;
            recommendation: ("strategic_candidate" | "premier_tier_only") | null;
            qualificationScore: number | null;
            qualificationDueOn: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AllianceTick: {
            done: boolean;
            note: string;
            by: components["schemas"]["AlliancePerson"] | null;
            /** Format: date-time */
            at: string;
        };
        AllianceValueCapture: {
            /** @enum {string} */
            mechanism: "hardware_margin" | "resale_margin" | "subscription_share" | "revenue_share" | "per_event_fee" | "referral_fee" | "licence_fee" | "royalty" | "services_revenue" | "equity_share" | "other";
            /** @default null */
            percent: number | null;
            /** @default null */
            amount: {
                amount: number;
                currency: string;
            } | null;
            /** @default  */
            basis: string;
        };
        AllianceValueCaptureInput: {
            /** @enum {string} */
            mechanism: "hardware_margin" | "resale_margin" | "subscription_share" | "revenue_share" | "per_event_fee" | "referral_fee" | "licence_fee" | "royalty" | "services_revenue" | "equity_share" | "other";
            /** @default null */
            percent: number | null;
            /** @default null */
            amount: {
                amount: number;
                currency: string;
            } | null;
            /** @default  */
            basis: string;
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
        BusinessPlan: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            /** @description YYYY-MM-DD */
            periodStart: string;
            /** @description YYYY-MM-DD */
            periodEnd: string;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved" | "closed" | "archived";
            /** @description Approved and its period covers today */
            current: boolean;
            version: number;
            statusComment: string;
            createdById: string | null;
            proposedAt: string | null;
            approvedAt: string | null;
            approvedById: string | null;
            closedAt: string | null;
            fulfilment: components["schemas"]["PlanFulfilment"];
            commitmentCount: {
                vendor: number;
                partner: number;
                overdue: number;
            };
            can: {
                edit: boolean;
                propose: boolean;
                approve: boolean;
                return: boolean;
                close: boolean;
                archive: boolean;
                delete: boolean;
                addCommitment: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            content: components["schemas"]["PlanContent"];
            commitments: components["schemas"]["PlanCommitment"][];
        };
        BusinessPlanSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            /** @description YYYY-MM-DD */
            periodStart: string;
            /** @description YYYY-MM-DD */
            periodEnd: string;
            /** @enum {string} */
            status: "draft" | "proposed" | "approved" | "closed" | "archived";
            /** @description Approved and its period covers today */
            current: boolean;
            version: number;
            statusComment: string;
            createdById: string | null;
            proposedAt: string | null;
            approvedAt: string | null;
            approvedById: string | null;
            closedAt: string | null;
            fulfilment: components["schemas"]["PlanFulfilment"];
            commitmentCount: {
                vendor: number;
                partner: number;
                overdue: number;
            };
            can: {
                edit: boolean;
                propose: boolean;
                approve: boolean;
                return: boolean;
                close: boolean;
                archive: boolean;
                delete: boolean;
                addCommitment: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
        CurrentValueProposition: {
            /** Format: uuid */
            partnerId: string;
            current: components["schemas"]["ValueProposition"] | null;
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
            /** @description Tier names shown partners hold in any program, lowest rank first */
            tierNames: string[];
            /** @description Programs shown partners are in, with the tiers they hold there */
            programs: {
                /** Format: uuid */
                id: string;
                name: string;
                tiers: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
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
        DirectoryListingSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            lifecycleStage: string;
            /**
             * @description listed: shown publicly; not_listed: opted in, not shown (its stage or status); hidden by the vendor; draft: not opted in
             * @enum {string}
             */
            status: "listed" | "not_listed" | "hidden" | "draft";
            published: boolean;
            publishedAt: string | null;
            hidden: boolean;
            hiddenReason: string;
            regions: string[];
            industries: string[];
            /** Format: date-time */
            updatedAt: string;
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
        GovernanceAction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            meetingId: string | null;
            decisionId: string | null;
            title: string;
            notes: string;
            ownerId: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            /** @enum {string} */
            side: "vendor" | "partner";
            /** @description YYYY-MM-DD */
            dueOn: string;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            /** @description Open and its due day has passed (the organisation’s time zone) */
            overdue: boolean;
            closedAt: string | null;
            remindedOn: string | null;
            createdById: string | null;
            can: {
                update: boolean;
                manage: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GovernanceAgendaItem: {
            title: string;
            /** @default  */
            presenter: string;
            /** @default null */
            durationMinutes: number | null;
            /** @default  */
            notes: string;
        };
        GovernanceAgendaItemInput: {
            title: string;
            /** @default  */
            presenter: string;
            /** @default null */
            durationMinutes: number | null;
            /** @default  */
            notes: string;
        };
        GovernanceAttendee: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            side: "vendor" | "partner";
            executiveSponsor: boolean;
            /** @description Null until attendance is recorded */
            attended: boolean | null;
        };
        GovernanceBody: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            name: string;
            /** @enum {string} */
            kind: "joint_steering_committee" | "program_board" | "working_group" | "executive_review" | "custom";
            purpose: string;
            cadence: string;
            quorumPercent: number;
            decisionRules: components["schemas"]["GovernanceDecisionRule"][];
            partnerMayWriteMinutes: boolean;
            active: boolean;
            members: components["schemas"]["GovernanceMember"][];
            can: {
                edit: boolean;
                delete: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GovernanceDecision: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** Format: uuid */
            bodyId: string;
            bodyName: string;
            meetingId: string | null;
            title: string;
            description: string;
            decisionClass: string;
            /** @description The rule and quorum as they were when the vote opened */
            rule: {
                decisionClass: string;
                label: string;
                /** @enum {string} */
                basis: "votes_cast" | "voting_members";
                thresholdPercent: number;
                /** @enum {string} */
                comparison: "more_than" | "at_least";
                quorumPercent: number;
            };
            voterIds: string[];
            /** @enum {string} */
            status: "open" | "passed" | "failed";
            /** @description What the rule decided, and why */
            result: {
                tally: {
                    for: number;
                    against: number;
                    abstain: number;
                };
                votingMembers: number;
                quorumMet: boolean;
                forPercent: number;
                reason: string;
            } | null;
            votes: components["schemas"]["GovernanceVote"][];
            tally: {
                for: number;
                against: number;
                abstain: number;
            };
            waitingFor: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: "vendor" | "partner";
            }[];
            /** Format: date-time */
            openedAt: string;
            closedAt: string | null;
            createdById: string | null;
            can: {
                vote: boolean;
                close: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GovernanceDecisionRule: {
            decisionClass: string;
            label: string;
            /** @enum {string} */
            basis: "votes_cast" | "voting_members";
            thresholdPercent: number;
            /** @enum {string} */
            comparison: "more_than" | "at_least";
        };
        GovernanceDecisionRuleInput: {
            decisionClass: string;
            label: string;
            /** @enum {string} */
            basis: "votes_cast" | "voting_members";
            thresholdPercent: number;
            /** @enum {string} */
            comparison: "more_than" | "at_least";
        };
        GovernanceMeeting: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            bodyId: string | null;
            body: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            kind: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
            title: string;
            /** Format: date-time */
            startsAt: string;
            durationMinutes: number;
            location: string;
            agenda: components["schemas"]["GovernanceAgendaItem"][];
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            minutes: string;
            minutesUpdatedAt: string | null;
            minutesById: string | null;
            partnerMayWriteMinutes: boolean;
            /** @description The calendar SEQUENCE of the last invitation sent */
            sequence: number;
            heldAt: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            createdById: string | null;
            attendees: components["schemas"]["GovernanceAttendee"][];
            can: {
                edit: boolean;
                cancel: boolean;
                hold: boolean;
                recordAttendance: boolean;
                writeMinutes: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GovernanceMeetingDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            bodyId: string | null;
            body: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            kind: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
            title: string;
            /** Format: date-time */
            startsAt: string;
            durationMinutes: number;
            location: string;
            agenda: components["schemas"]["GovernanceAgendaItem"][];
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            minutes: string;
            minutesUpdatedAt: string | null;
            minutesById: string | null;
            partnerMayWriteMinutes: boolean;
            /** @description The calendar SEQUENCE of the last invitation sent */
            sequence: number;
            heldAt: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            createdById: string | null;
            attendees: components["schemas"]["GovernanceAttendee"][];
            can: {
                edit: boolean;
                cancel: boolean;
                hold: boolean;
                recordAttendance: boolean;
                writeMinutes: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            decisions: components["schemas"]["GovernanceDecision"][];
            actions: components["schemas"]["GovernanceAction"][];
        };
        GovernanceMember: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            side: "vendor" | "partner";
            /** @enum {string} */
            role: "chair" | "voting" | "observer";
            executiveSponsor: boolean;
            /** @description Chairs and voting members vote; observers do not */
            votes: boolean;
        };
        GovernanceSummary: {
            /** Format: uuid */
            partnerId: string;
            bodies: number;
            lastReview: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                kind: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
                /** Format: date-time */
                startsAt: string;
            } | null;
            nextMeeting: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                kind: "kickoff" | "qbr" | "jsc" | "alignment_workshop" | "working_session" | "executive_review";
                /** Format: date-time */
                startsAt: string;
            } | null;
            daysSinceReview: number | null;
            daysToNextMeeting: number | null;
            sponsorAttendance: {
                vendor: number | null;
                partner: number | null;
            };
            openActions: number;
            overdueActions: number;
            openDecisions: number;
        };
        GovernanceVote: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** @enum {string} */
            side: "vendor" | "partner";
            /** @enum {string} */
            vote: "for" | "against" | "abstain";
            /** Format: date-time */
            castAt: string;
        };
        IdeaFunnel: {
            /** @description Whose funnel: the caller’s company (partner side) or the one partner asked for; null: the portfolio */
            partnerId: string | null;
            stages: {
                submission: number;
                feasibility: number;
                prototype: number;
                pilot: number;
                launch: number;
                stopped: number;
            };
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
        InnovationIdea: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            problem: string;
            proposal: string;
            expectedValue: string;
            /** @enum {string} */
            stage: "submission" | "feasibility" | "prototype" | "pilot" | "launch" | "stopped";
            stopReason: string | null;
            /** @description The stage it was stopped at */
            stoppedAt: ("submission" | "feasibility" | "prototype" | "pilot" | "launch" | "stopped") | null;
            submittedById: string | null;
            submittedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            /** Format: date-time */
            stageChangedAt: string;
            reviews: {
                reviewer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
                };
                scored: boolean;
                /** @description 1–5; null for the partner’s people */
                value: number | null;
                feasibility: number | null;
                comment: string | null;
                scoredAt: string | null;
            }[];
            /** @description The reviewers’ averages in tenths (42 = 4.2) */
            scores: {
                value: number | null;
                feasibility: number | null;
                count: number;
            };
            decisions: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                fromStage: "submission" | "feasibility" | "prototype" | "pilot" | "launch" | "stopped";
                /** @enum {string} */
                toStage: "submission" | "feasibility" | "prototype" | "pilot" | "launch" | "stopped";
                reason: string;
                decidedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
                } | null;
                /** Format: date-time */
                decidedAt: string;
            }[];
            can: {
                edit: boolean;
                decide: boolean;
                score: boolean;
                seeReviews: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
        JointOffering: {
            currency: string;
            /** @description List price of one unit (hardware, subscription and usage for the term), minor units */
            listPrice: number;
            /** @description The subscription part of the price */
            subscriptionBp: number;
            /** @description Billable events per unit over the term */
            eventsPerUnit: number;
        };
        JointOfferingInput: {
            currency: string;
            /** @description List price of one unit (hardware, subscription and usage for the term), minor units */
            listPrice: number;
            /** @description The subscription part of the price */
            subscriptionBp: number;
            /** @description Billable events per unit over the term */
            eventsPerUnit: number;
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
        OffboardingItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            runbookId: string;
            /** Format: uuid */
            partnerId: string;
            position: number;
            /** @enum {string} */
            kind: "end_access" | "settle" | "transfer" | "archive_plans" | "export_records";
            title: string;
            description: string;
            /** @description The amount settled (the settlement item), minor units */
            amount: {
                amount: number;
                currency: string;
            } | null;
            note: string;
            doneAt: string | null;
            doneById: string | null;
            doneBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OffboardingRunbook: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /** @description Why the partner is leaving */
            reason: string;
            /** Format: date-time */
            startedAt: string;
            startedById: string | null;
            startedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            completedAt: string | null;
            cancelledAt: string | null;
            /** @description Items not done yet */
            open: number;
            items: components["schemas"]["OffboardingItem"][];
            can: {
                work: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
            cancelReason: string;
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
            status: "open" | "done" | "cancelled";
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
            cancelledAt: string | null;
            cancelledById: string | null;
            /** @description Why it was cancelled (cancelled tasks no longer count) */
            cancelReason: string;
            /** @description What the caller may do to this task now */
            can: {
                complete: boolean;
                /** @description Assign it, move its due date, cancel it */
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
        PartnerAllianceAlerts: {
            /** Format: uuid */
            partnerId: string;
            strategic: boolean;
            flagged: boolean;
            reasons: components["schemas"]["AllianceAlertReason"][];
            failureModes: components["schemas"]["AllianceFailureMode"][];
            notMeasured: string[];
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
        PlanCampaign: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            name: string;
            /** Format: date */
            startsOn: string;
            /** @default null */
            endsOn: string | null;
            /** @default  */
            channel: string;
            /** @default  */
            notes: string;
        };
        PlanCampaignInput: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            name: string;
            /** Format: date */
            startsOn: string;
            /** @default null */
            endsOn: string | null;
            /** @default  */
            channel: string;
            /** @default  */
            notes: string;
        };
        PlanCommitment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            planId: string;
            planTitle: string;
            /** @enum {string} */
            planStatus: "draft" | "proposed" | "approved" | "closed" | "archived";
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            side: "vendor" | "partner";
            title: string;
            description: string;
            /** @description YYYY-MM-DD */
            dueDate: string;
            ownerId: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            /** @enum {string} */
            status: "open" | "done" | "missed";
            evidence: string;
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
            /** @description Open and its due day has passed (the organisation’s time zone) */
            overdue: boolean;
            overdueNotifiedAt: string | null;
            /** @description What it earns its side now: 1 on time, 0.5 late, 0 missed or overdue, null not counted yet */
            credit: number | null;
            can: {
                update: boolean;
                delete: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PlanContent: {
            summary: string;
            goals: components["schemas"]["PlanGoal"][];
            swot: components["schemas"]["PlanSwot"];
            marketScope: components["schemas"]["PlanMarketScope"];
            playbook: components["schemas"]["PlanPlaybook"];
            initiatives: components["schemas"]["PlanInitiative"][];
        };
        PlanDiff: {
            /** Format: uuid */
            partnerId: string;
            from: number;
            to: number;
            changes: components["schemas"]["PlanFieldChange"][];
        };
        PlanFieldChange: {
            path: string[];
            /** @description For people: "Goals › Joint pipeline › Target amount" */
            label: string;
            /** @enum {string} */
            kind: "added" | "removed" | "changed";
            before: unknown;
            after: unknown;
        };
        /** @description On time done = full, late done = half, missed or overdue = 0, not yet due = not counted */
        PlanFulfilment: {
            /** @description 0–100; null when none of the vendor’s commitments counts yet */
            vendor: number | null;
            /** @description 0–100; null when none of the partner’s commitments counts yet */
            partner: number | null;
            /** @description |vendor − partner| in points; null unless both have a figure */
            asymmetry: number | null;
            counted: {
                vendor: number;
                partner: number;
            };
        };
        PlanGoal: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            /** @enum {string} */
            kind: "revenue" | "pipeline" | "certifications" | "joint_wins" | "custom";
            title: string;
            /**
             * @description Revenue and pipeline goals
             * @default null
             */
            targetAmount: {
                amount: number;
                currency: string;
            } | null;
            /**
             * @description Counted goals
             * @default null
             */
            targetCount: number | null;
            /** @default  */
            unit: string;
            /** @default  */
            notes: string;
        };
        PlanGoalInput: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            /** @enum {string} */
            kind: "revenue" | "pipeline" | "certifications" | "joint_wins" | "custom";
            title: string;
            /**
             * @description Revenue and pipeline goals
             * @default null
             */
            targetAmount: {
                amount: number;
                currency: string;
            } | null;
            /**
             * @description Counted goals
             * @default null
             */
            targetCount: number | null;
            /** @default  */
            unit: string;
            /** @default  */
            notes: string;
        };
        PlanInitiative: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            title: string;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "in_progress" | "done" | "dropped";
            /** @default null */
            dueOn: string | null;
            /** @default  */
            notes: string;
        };
        PlanInitiativeInput: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            /**
             * @default joint
             * @enum {string}
             */
            side: "vendor" | "partner" | "joint";
            title: string;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "in_progress" | "done" | "dropped";
            /** @default null */
            dueOn: string | null;
            /** @default  */
            notes: string;
        };
        PlanMarketScope: {
            /** @default [] */
            segments: string[];
            /** @default [] */
            territories: string[];
            /** @default [] */
            solutionCategories: string[];
            /** @default  */
            notes: string;
        };
        PlanMarketScopeInput: {
            /** @default [] */
            segments: string[];
            /** @default [] */
            territories: string[];
            /** @default [] */
            solutionCategories: string[];
            /** @default  */
            notes: string;
        };
        PlanPeriodPreset: {
            key: string;
            label: string;
            start: string;
            end: string;
        };
        PlanPersona: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            name: string;
            /** @default  */
            description: string;
        };
        PlanPersonaInput: {
            /** @description Chosen by the editor; stable across versions */
            id: string;
            name: string;
            /** @default  */
            description: string;
        };
        PlanPlaybook: {
            /** @default [] */
            personas: components["schemas"]["PlanPersona"][];
            /** @default  */
            messaging: string;
            /** @default [] */
            campaigns: components["schemas"]["PlanCampaign"][];
        };
        PlanPlaybookInput: {
            /** @default [] */
            personas: components["schemas"]["PlanPersonaInput"][];
            /** @default  */
            messaging: string;
            /** @default [] */
            campaigns: components["schemas"]["PlanCampaignInput"][];
        };
        PlanSwot: {
            /** @default [] */
            strengths: string[];
            /** @default [] */
            weaknesses: string[];
            /** @default [] */
            opportunities: string[];
            /** @default [] */
            threats: string[];
        };
        PlanSwotInput: {
            /** @default [] */
            strengths: string[];
            /** @default [] */
            weaknesses: string[];
            /** @default [] */
            opportunities: string[];
            /** @default [] */
            threats: string[];
        };
        PlanVersion: {
            /** Format: uuid */
            partnerId: string;
            version: number;
            summary: string;
            actor: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            actorSide: string;
            /** Format: date-time */
            createdAt: string;
            changes: components["schemas"]["PlanFieldChange"][];
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
            /** @description Its tier in each program it is in, the default program first */
            tiers: {
                program: string;
                name: string;
                color: string;
            }[];
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
        ReferralCommission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            customerRef: string;
            base: {
                amount: number;
                currency: string;
            };
            ratePercent: number;
            commission: {
                amount: number;
                currency: string;
            };
            /** @enum {string} */
            status: "accrued" | "approved" | "paid";
            /** Format: date-time */
            accruedAt: string;
            approvedAt: string | null;
            can: {
                approve: boolean;
                markPaid: boolean;
            };
        };
        ReferralConversion: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            kind: "signup" | "customer";
            customerRef: string;
            customerDomain: string | null;
            /** @description The first payment (customers) */
            amount: {
                amount: number;
                currency: string;
            } | null;
            /** @description earlier | click | code: what attributed it */
            via: string;
            linkCode: string | null;
            /** Format: date-time */
            occurredAt: string;
        };
        ReferralLink: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            code: string;
            /** @description The short link to share: it redirects to destinationUrl */
            url: string;
            destinationUrl: string;
            label: string;
            active: boolean;
            clicks: number;
            /** Format: date-time */
            createdAt: string;
            can: {
                archive: boolean;
            };
        };
        ReferralSettings: {
            cookieDays: number;
            allowedDomains: string[];
            /** @description The last characters of the current tracking key; null until one is made */
            trackingKeyHint: string | null;
            can: {
                edit: boolean;
            };
        };
        ReferralSubmission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            companyName: string;
            domain: string | null;
            contactName: string;
            contactEmail: string;
            note: string;
            /** @enum {string} */
            status: "submitted" | "accepted" | "rejected" | "converted";
            /** Format: date-time */
            submittedAt: string;
        };
        ReferralSummary: {
            partners: {
                /** Format: uuid */
                partnerId: string;
                partnerName: string;
                links: number;
                clicks: number;
                clicks90d: number;
                signups: number;
                customers: number;
                commissions: {
                    amount: number;
                    currency: string;
                }[];
            }[];
            months: {
                month: string;
                clicks: number;
                signups: number;
                customers: number;
            }[];
        };
        ReferralTrackAccepted: {
            /** @constant */
            accepted: true;
        };
        ReferralTrackingKey: {
            key: string;
            settings: components["schemas"]["ReferralSettings"];
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
        Risk: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            title: string;
            description: string;
            /** @enum {string} */
            category: "financial" | "security" | "legal_compliance" | "strategic" | "operational" | "reputational";
            likelihood: number;
            impact: number;
            /** @description likelihood × impact, 1–25 */
            score: number;
            /**
             * @description low 1–4, medium 5–9, significant 10–14, high 15–25
             * @enum {string}
             */
            band: "low" | "medium" | "significant" | "high";
            /** @enum {string} */
            status: "open" | "mitigating" | "closed" | "accepted";
            ownerId: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            reviewOn: string | null;
            reviewOverdue: boolean;
            /** @description Visible to the partner's people */
            shared: boolean;
            /** @enum {string} */
            raisedBy: "vendor" | "partner";
            createdById: string | null;
            closedAt: string | null;
            /** @description Mitigation actions, oldest first */
            actions: components["schemas"]["RiskAction"][];
            can: {
                edit: boolean;
                delete: boolean;
                share: boolean;
                mitigate: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RiskAction: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            riskId: string;
            /** Format: uuid */
            partnerId: string;
            title: string;
            ownerId: string | null;
            owner: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            dueOn: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            /** @description Unfinished past its due date */
            overdue: boolean;
            doneAt: string | null;
            can: {
                edit: boolean;
                delete: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RiskHeatMap: {
            partnerId: string | null;
            total: number;
            high: number;
            cells: {
                likelihood: number;
                impact: number;
                count: number;
                /** @enum {string} */
                band: "low" | "medium" | "significant" | "high";
            }[];
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
        SharedValuePage: {
            vendorName: string;
            partnerName: string;
            title: string;
            statement: string;
            outcome: string;
            targetCustomer: string;
            how: string;
            differentiators: string[];
            proofPoints: string[];
            sizeUnit: string;
            improvements: {
                label: string;
                bp: number;
            }[];
            customerName: string;
            customerSize: number;
            currentAnnualCost: {
                amount: number;
                currency: string;
            };
            result: components["schemas"]["ValueCalculatorResult"];
            /** Format: date-time */
            preparedAt: string;
            expiresAt: string | null;
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
        ValueCalculatorInputs: {
            customerSize: number;
            currentAnnualCost: {
                amount: number;
                currency: string;
            };
            improvements: {
                key: string;
                bp: number;
            }[];
            /** @description Default: the per-unit one-time cost × size */
            oneTimeCost?: {
                amount: number;
                currency: string;
            } | null;
            /** @description Default: the per-unit recurring cost × size */
            recurringAnnualCost?: {
                amount: number;
                currency: string;
            } | null;
        };
        ValueCalculatorInputsInput: {
            customerSize: number;
            currentAnnualCost: {
                amount: number;
                currency: string;
            };
            improvements: {
                key: string;
                bp: number;
            }[];
            /** @description Default: the per-unit one-time cost × size */
            oneTimeCost?: {
                amount: number;
                currency: string;
            } | null;
            /** @description Default: the per-unit recurring cost × size */
            recurringAnnualCost?: {
                amount: number;
                currency: string;
            } | null;
        };
        ValueCalculatorModel: {
            currency: string;
            /** @description What the customer’s size counts: clinics, beds, employees */
            sizeUnit: string;
            improvements: {
                key: string;
                label: string;
                /** @description Default expected improvement, basis points of the current annual cost */
                defaultBp: number;
            }[];
            /** @description The joint solution’s one-time cost per unit of size, minor units */
            oneTimeCostPerUnit: number;
            /** @description Its recurring cost per unit of size and year, minor units */
            recurringCostPerUnit: number;
        };
        ValueCalculatorModelInput: {
            currency: string;
            /** @description What the customer’s size counts: clinics, beds, employees */
            sizeUnit: string;
            improvements: {
                key: string;
                label: string;
                /** @description Default expected improvement, basis points of the current annual cost */
                defaultBp: number;
            }[];
            /** @description The joint solution’s one-time cost per unit of size, minor units */
            oneTimeCostPerUnit: number;
            /** @description Its recurring cost per unit of size and year, minor units */
            recurringCostPerUnit: number;
        };
        ValueCalculatorResult: {
            currency: string;
            annualBenefit: {
                amount: number;
                currency: string;
            };
            oneTimeCost: {
                amount: number;
                currency: string;
            };
            recurringAnnualCost: {
                amount: number;
                currency: string;
            };
            annualNetBenefit: {
                amount: number;
                currency: string;
            };
            threeYearBenefit: {
                amount: number;
                currency: string;
            };
            threeYearCost: {
                amount: number;
                currency: string;
            };
            threeYearNetBenefit: {
                amount: number;
                currency: string;
            };
            /** @description 3-year net benefit over 3-year cost, whole percent */
            roiPercent: number | null;
            /** @description Months to earn back the one-time cost; null: never */
            paybackMonths: number | null;
            years: {
                year: number;
                benefit: {
                    amount: number;
                    currency: string;
                };
                cost: {
                    amount: number;
                    currency: string;
                };
                net: {
                    amount: number;
                    currency: string;
                };
                cumulativeNet: {
                    amount: number;
                    currency: string;
                };
            }[];
        };
        ValueCaptureMechanism: {
            /** @constant */
            kind: "hardware_margin";
            /** @description Margin per unit, minor units */
            marginPerUnit: number;
        } | {
            /** @constant */
            kind: "subscription_share";
            /** @description Share of the subscription part */
            shareBp: number;
        } | {
            /** @constant */
            kind: "per_event_fee";
            /** @description Fee per billable event, minor units */
            feePerEvent: number;
        } | {
            /** @constant */
            kind: "revenue_share";
            /** @description Share of the whole pool */
            shareBp: number;
        } | {
            /** @constant */
            kind: "remainder";
        };
        ValueCaptureMechanismInput: {
            /** @constant */
            kind: "hardware_margin";
            /** @description Margin per unit, minor units */
            marginPerUnit: number;
        } | {
            /** @constant */
            kind: "subscription_share";
            /** @description Share of the subscription part */
            shareBp: number;
        } | {
            /** @constant */
            kind: "per_event_fee";
            /** @description Fee per billable event, minor units */
            feePerEvent: number;
        } | {
            /** @constant */
            kind: "revenue_share";
            /** @description Share of the whole pool */
            shareBp: number;
        } | {
            /** @constant */
            kind: "remainder";
        };
        ValueCaptureParty: {
            /** @enum {string} */
            side: "vendor" | "partner";
            mechanisms: components["schemas"]["ValueCaptureMechanism"][];
            /** @description What this side invests, minor units of the offering’s currency; null: not known */
            investment: number | null;
        };
        ValueCapturePartyInput: {
            /** @enum {string} */
            side: "vendor" | "partner";
            mechanisms: components["schemas"]["ValueCaptureMechanismInput"][];
            /** @description What this side invests, minor units of the offering’s currency; null: not known */
            investment: number | null;
        };
        ValueCaptureResult: {
            scenarios: {
                priceBp: number;
                volume: number;
                unitPrice: {
                    amount: number;
                    currency: string;
                };
                pool: {
                    amount: number;
                    currency: string;
                };
                earnings: {
                    vendor: {
                        amount: number;
                        currency: string;
                    };
                    partner: {
                        amount: number;
                        currency: string;
                    };
                };
                unallocated: {
                    amount: number;
                    currency: string;
                };
                overAllocated: boolean;
            }[];
            totals: {
                vendor: {
                    amount: number;
                    currency: string;
                };
                partner: {
                    amount: number;
                    currency: string;
                };
            };
            fairness: {
                earningsShareBp: {
                    vendor: number | null;
                    partner: number | null;
                };
                investmentShareBp: {
                    vendor: number | null;
                    partner: number | null;
                };
                gapPoints: number | null;
                /** @enum {string} */
                verdict: "balanced" | "favours_vendor" | "favours_partner" | "unknown";
            };
        };
        ValueProposition: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** @description Numbered when published; null for drafts */
            version: number | null;
            /** @enum {string} */
            status: "draft" | "published" | "superseded" | "withdrawn";
            /** @enum {string} */
            proposedBy: "vendor" | "partner";
            basedOnId: string | null;
            title: string;
            /** @description "Together <vendor> and <partner> enable <outcome> for <customer> by <how>." */
            statement: string;
            outcome: string;
            targetCustomer: string;
            how: string;
            differentiators: string[];
            proofPoints: string[];
            calculator: components["schemas"]["ValueCalculatorModel"];
            note: string;
            createdById: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            publishedAt: string | null;
            publishedById: string | null;
            publishedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            can: {
                edit: boolean;
                withdraw: boolean;
                publish: boolean;
                runSession: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ValueSession: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** Format: uuid */
            propositionId: string;
            propositionTitle: string;
            propositionVersion: number | null;
            customerName: string;
            inputs: components["schemas"]["ValueCalculatorInputs"];
            result: components["schemas"]["ValueCalculatorResult"];
            /** @enum {string} */
            side: "vendor" | "partner";
            createdById: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            share: {
                /** @enum {string} */
                state: "none" | "active" | "expired" | "revoked";
                sharedAt: string | null;
                expiresAt: string | null;
                views: number;
                lastViewedAt: string | null;
            };
            sharedAt: string | null;
            shareExpiresAt: string | null;
            shareRevokedAt: string | null;
            shareViews: number;
            shareLastViewedAt: string | null;
            can: {
                share: boolean;
                delete: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ValueShareLink: {
            token: string;
            /** @description The page in the web app */
            path: string;
            /** Format: date-time */
            expiresAt: string;
            session: components["schemas"]["ValueSession"];
        };
        ValueSimulation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            name: string;
            offering: components["schemas"]["JointOffering"];
            parties: components["schemas"]["ValueCaptureParty"][];
            pricePointsBp: number[];
            volumes: number[];
            /** @enum {string} */
            side: "vendor" | "partner";
            createdById: string | null;
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: "admin" | "partner_manager" | "executive" | "finance" | "partner_admin" | "partner_user";
            } | null;
            result: components["schemas"]["ValueCaptureResult"];
            can: {
                edit: boolean;
                delete: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
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
