<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DrawArea</name>
    <message>
        <source>Draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <source>Draw with the mouse or a pen; the network reads it while you draw.</source>
        <translation>마우스나 펜으로 그리세요. 그리는 동안 신경망이 읽습니다.</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>펜 굵기</translation>
    </message>
    <message>
        <source>Dark ink</source>
        <translation>검은 잉크</translation>
    </message>
    <message>
        <source>Show black ink on white paper (display only: the network always gets bright ink on black, as in MNIST).</source>
        <translation>흰 종이에 검은 잉크로 보여 줍니다 (화면에서만: 신경망은 MNIST처럼 언제나 검은 바탕에 밝은 잉크를 받습니다).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>마지막 획을 지웁니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the canvas (Delete or Escape)</source>
        <translation>캔버스를 모두 지웁니다 (Del 또는 Esc)</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
    <message>
        <source>Draw a digit here with the mouse or a pen.
Ctrl+Z undoes the last stroke; Delete or Escape clears.
Drop an image file here to read your own handwriting.</source>
        <translation>마우스나 펜으로 여기에 숫자를 그리세요.
Ctrl+Z는 마지막 획을 되돌리고, Del 또는 Esc는 모두 지웁니다.
이미지 파일을 여기에 끌어다 놓으면 내 손글씨를 읽습니다.</translation>
    </message>
</context>
<context>
    <name>PersonalDigitsDialog</name>
    <message>
        <source>Personal digits</source>
        <translation>내가 가르친 숫자</translation>
    </message>
    <message>
        <source>The digits you taught on the canvas, with their labels</source>
        <translation>캔버스에서 가르친 숫자와 그 레이블</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택한 숫자 삭제</translation>
    </message>
    <message>
        <source>Delete the selected digits from your collection</source>
        <translation>선택한 숫자를 모음에서 지웁니다</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 삭제</translation>
    </message>
    <message>
        <source>Delete every personal digit</source>
        <translation>내가 가르친 숫자를 모두 지웁니다</translation>
    </message>
    <message>
        <source>{count} digits. Draw one, pick its label, press Learn.</source>
        <translation>숫자 {count}개. 숫자를 하나 그리고 레이블을 고른 뒤 배우기를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) ({per_digit})</source>
        <translation>
            <numerusform>숫자 %n개 ({per_digit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear personal digits</source>
        <translation>내가 가르친 숫자 모두 삭제</translation>
    </message>
    <message>
        <source>Delete all {count} personal digits?</source>
        <translation>내가 가르친 숫자 {count}개를 모두 지울까요?</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>How sure the network is of each digit (its output, as shares of 100%).</source>
        <translation>신경망이 각 숫자를 얼마나 확신하는지 보여 줍니다 (출력을 확률로, 모두 더하면 100%).</translation>
    </message>
</context>
<context>
    <name>ReadPanel</name>
    <message>
        <source>Nothing drawn yet</source>
        <translation>아직 그린 숫자 없음</translation>
    </message>
    <message>
        <source>Learn: pick the right digit first</source>
        <translation>배우기: 먼저 맞는 숫자를 고르세요</translation>
    </message>
    <message>
        <source>The digit the network reads, and how sure it is.</source>
        <translation>신경망이 읽은 숫자와 그 확률입니다.</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <source>Your drawing after MNIST&apos;s preprocessing: cropped, fit into 20x20 keeping its shape, centred by mass in 28x28. These 784 pixels are the network&apos;s input.</source>
        <translation>MNIST와 같은 전처리를 거친 그림: 잘라 내고, 모양을 유지한 채 20x20에 맞추고, 28x28 안에서 무게 중심을 가운데에 놓습니다. 이 784개 픽셀이 신경망의 입력입니다.</translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation>내 손글씨 가르치기</translation>
    </message>
    <message>
        <source>This is a:</source>
        <translation>이 숫자는:</translation>
    </message>
    <message>
        <source>Label the drawing as {digit} (Ctrl+{digit})</source>
        <translation>그림의 레이블을 {digit}(으)로 정합니다 (Ctrl+{digit})</translation>
    </message>
    <message>
        <source>Add the drawing to your personal digits with the chosen label and let the network take a few steps on it (Ctrl+L). The label is asked for every drawing.</source>
        <translation>고른 레이블과 함께 그림을 내가 가르친 숫자에 넣고, 신경망이 그것으로 몇 걸음 학습하게 합니다 (Ctrl+L). 레이블은 그림마다 새로 고릅니다.</translation>
    </message>
    <message>
        <source>Put the network back as it was before the last Learn and forget that personal digit (Ctrl+Z right after Learn does the same)</source>
        <translation>신경망을 마지막 배우기 전으로 되돌리고, 그 숫자를 내가 가르친 숫자에서 지웁니다 (배우기 바로 뒤의 Ctrl+Z도 같습니다)</translation>
    </message>
    <message>
        <source>Learn: draw a digit first</source>
        <translation>배우기: 먼저 숫자를 그리세요</translation>
    </message>
    <message>
        <source>Learn this drawing as a {digit}</source>
        <translation>이 그림을 {digit}(으)로 배우기</translation>
    </message>
    <message>
        <source>Undo Learn</source>
        <translation>배우기 취소</translation>
    </message>
    <message>
        <source>Undo Learn ({digit})</source>
        <translation>배우기 취소 ({digit})</translation>
    </message>
    <message>
        <source>No personal digits yet</source>
        <translation>아직 가르친 숫자가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n personal digit(s)</source>
        <translation>
            <numerusform>내가 가르친 숫자 %n개</numerusform>
        </translation>
    </message>
</context>
</TS>
