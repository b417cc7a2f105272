import { movedToDesk } from '@/server/desk/moved';

// The desk moved from /editor to /desk: old links and bookmarks still land on the same page.
export const GET = movedToDesk;
export const HEAD = movedToDesk;
