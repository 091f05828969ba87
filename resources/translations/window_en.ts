<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Teacher</name>
    <message numerus="yes">
        <source>The network still knows the digits you removed. Go back to the model before your teaching and teach it the remaining %n digit(s) again?</source>
        <translation>
            <numerusform>The network still knows the digits you removed. Go back to the model before your teaching and teach it the remaining %n digit again?</numerusform>
            <numerusform>The network still knows the digits you removed. Go back to the model before your teaching and teach it the remaining %n digits again?</numerusform>
        </translation>
    </message>
</context>
</TS>
