export declare const DEV_BASE_URL: string;
export declare function parseHostingUrl(raw: string | undefined): string;
export declare function manifestUrls(xml: string): string[];
export declare function rewriteManifestUrls(xml: string, hostingUrl: string): string;
