<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PersonalDigitsDialog</name>
    <message numerus="yes">
        <source>%n digit(s) ({per_digit})</source>
        <translation>
            <numerusform>%n digit ({per_digit})</numerusform>
            <numerusform>%n digits ({per_digit})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadPanel</name>
    <message numerus="yes">
        <source>%n personal digit(s)</source>
        <translation>
            <numerusform>%n personal digit</numerusform>
            <numerusform>%n personal digits</numerusform>
        </translation>
    </message>
</context>
</TS>
