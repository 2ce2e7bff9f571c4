\b(went|sent|referred|escalated|reported|submitted|made|passed|forwarded|lodged|appealed)\s+(up\s+|on\s+)?to\s+(the\s+)?[a-z]
