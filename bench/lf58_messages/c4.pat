\b(is (that|this|it) (true|right|correct)|can you (find out|check)|could you (find out|check)|apparently|i heard|i've heard|ive heard|been told|i was told|i read|rumour|people say|someone told me)\b
