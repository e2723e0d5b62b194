/** The uid of the signed-in user the demo data is told from ("you" in the demo). */
export const DEMO_VIEWER_UID = 'sam.rivera';
