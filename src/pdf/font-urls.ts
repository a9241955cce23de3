/**
 * Where the PDF font is served from: the site's own origin, as build assets
 * (hashed, cached for good). Only the URLs are in page code; the files are
 * fetched when someone exports. DejaVu Sans covers Latin, Greek and Cyrillic.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

/** The regular and bold font files' URLs. */
export const FONT_URLS = { regular: regularUrl, bold: boldUrl } as const;
